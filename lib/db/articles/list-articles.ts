import type { Actor } from "../../auth/permissions";
import type { Db } from "../connect";
import { readableArticles } from "./article-access";
import { LIVE_SEGMENT } from "../segments/segment-row";

export interface ArticleSummary {
  id: number;
  title: string;
  sourceLang: string | null;
  targetLang: string;
  origin: string;
  importedAt: Date;
  segmentCount: number;
  approvedCount: number;
}

/**
 * The articles the actor may read, newest first, with their review progress over the segments that will be
 * exported.
 */
export async function listArticles(db: Db, actor: Actor): Promise<ArticleSummary[]> {
  const [articles, approved] = await Promise.all([
    db.article.findMany({
      where: readableArticles(actor),
      orderBy: [{ importedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        sourceLang: true,
        targetLang: true,
        origin: true,
        importedAt: true,
        _count: { select: { segments: { where: { ...LIVE_SEGMENT, kind: { not: "page_chrome" } } } } },
      },
    }),
    db.segment.groupBy({
      by: ["articleId"],
      where: { ...LIVE_SEGMENT, kind: { not: "page_chrome" }, status: "approved" },
      _count: { _all: true },
    }),
  ]);
  const approvedByArticle = new Map(approved.map((row) => [row.articleId, row._count._all]));
  return articles.map(({ _count, ...article }) => ({
    ...article,
    segmentCount: _count.segments,
    approvedCount: approvedByArticle.get(article.id) ?? 0,
  }));
}
