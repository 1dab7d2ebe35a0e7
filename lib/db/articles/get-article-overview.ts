import { SEGMENT_STATUSES, type SegmentStatus } from "../../segmentation/kinds";
import type { Db } from "../connect";
import { LIVE_SEGMENT } from "../segments/segment-row";
import type { ArticleSummary } from "./list-articles";

export interface ArticleOverview extends ArticleSummary {
  /** Segments by status, page chrome left out, as in the progress counts. */
  statusCounts: Record<SegmentStatus, number>;
  pageChromeCount: number;
}

/** An article's metadata and its segments counted by status, or null. Callers check permission first. */
export async function getArticleOverview(db: Db, articleId: number): Promise<ArticleOverview | null> {
  const [article, byStatus, pageChromeCount] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: { id: true, title: true, sourceLang: true, targetLang: true, origin: true, importedAt: true },
    }),
    db.segment.groupBy({
      by: ["status"],
      where: { articleId, ...LIVE_SEGMENT, kind: { not: "page_chrome" } },
      _count: { _all: true },
    }),
    db.segment.count({ where: { articleId, ...LIVE_SEGMENT, kind: "page_chrome" } }),
  ]);
  if (!article) return null;
  const statusCounts = Object.fromEntries(
    SEGMENT_STATUSES.map((status) => [status, byStatus.find((row) => row.status === status)?._count._all ?? 0]),
  ) as Record<SegmentStatus, number>;
  const segmentCount = SEGMENT_STATUSES.reduce((sum, status) => sum + statusCounts[status], 0);
  return { ...article, segmentCount, approvedCount: statusCounts.approved, statusCounts, pageChromeCount };
}
