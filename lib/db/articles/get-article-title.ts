import type { Db } from "../connect";

/** An article's title, for the page's <title>; null when there is no such article. */
export async function getArticleTitle(db: Db, articleId: number): Promise<string | null> {
  return (await db.article.findUnique({ where: { id: articleId }, select: { title: true } }))?.title ?? null;
}
