import type { Db } from "../connect";
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

/** Every article, newest first, with its review progress over the segments that will be exported. */
export async function listArticles(db: Db): Promise<ArticleSummary[]> {
  const [articles, approved] = await Promise.all([
    db.article.findMany({
      orderBy: [{ importedAt: "desc" }, { id: "desc" }],
      select: { id: true, title: true, sourceLang: true, targetLang: true, origin: true, importedAt: true, _count: { select: { segments: { where: { ...LIVE_SEGMENT, kind: { not: "page_chrome" } } } } } },
    }),
    db.segment.groupBy({ by: ["articleId"], where: { ...LIVE_SEGMENT, kind: { not: "page_chrome" }, status: "approved" }, _count: { _all: true } }),
  ]);
  const approvedByArticle = new Map(approved.map((row) => [row.articleId, row._count._all]));
  return articles.map(({ _count, ...article }) => ({
    ...article,
    segmentCount: _count.segments,
    approvedCount: approvedByArticle.get(article.id) ?? 0,
  }));
}
