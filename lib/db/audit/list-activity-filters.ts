import type { Db } from "../connect";

export interface ArticleChoice {
  id: number;
  title: string;
  /** Set when another article has the same title, so that the filter can tell them apart. */
  origin?: string;
  importedAt?: Date;
}

/** Everyone and every article, for the activity log's filters. */
export async function listActivityFilters(
  db: Db,
): Promise<{ people: { id: number; name: string }[]; articles: ArticleChoice[] }> {
  const [people, articles] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.article.findMany({ select: { id: true, title: true, origin: true, importedAt: true }, orderBy: { id: "desc" } }),
  ]);
  const titles = new Map<string, number>();
  for (const { title } of articles) titles.set(title, (titles.get(title) ?? 0) + 1);
  return {
    people,
    articles: articles.map(({ id, title, origin, importedAt }) =>
      (titles.get(title) ?? 0) > 1 ? { id, title, origin, importedAt } : { id, title },
    ),
  };
}
