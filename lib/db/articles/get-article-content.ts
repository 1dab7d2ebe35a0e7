import type { ArticleContent } from "../../export/article-content";
import type { Db } from "../connect";
import { LIVE_SEGMENT, READING_ORDER } from "../segments/segment-row";

/** What the exporters need of an article, or null when it doesn't exist. */
export async function getArticleContent(db: Db, articleId: number): Promise<ArticleContent | null> {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      title: true,
      trailingText: true,
      segments: { where: LIVE_SEGMENT, select: { block: true, kind: true, gapBefore: true, text: true }, orderBy: READING_ORDER },
    },
  });
}
