import type { Db } from "../connect";
import { LIVE_SEGMENT, READING_ORDER, segmentRowSelect } from "../segments/segment-row";

/** An article with its segments in reading order, or null. */
export async function getArticle(db: Db, articleId: number) {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      targetLang: true,
      origin: true,
      importedAt: true,
      trailingText: true,
      segments: { where: LIVE_SEGMENT, select: segmentRowSelect, orderBy: READING_ORDER },
    },
  });
}

export type ArticleWithSegments = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
