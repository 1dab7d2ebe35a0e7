import type { Db } from "../connect";

/** Everyone and every article, for the activity log's filters. */
export async function listActivityFilters(
  db: Db,
): Promise<{ people: { id: number; name: string }[]; articles: { id: number; title: string }[] }> {
  const [people, articles] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.article.findMany({ select: { id: true, title: true }, orderBy: { id: "desc" } }),
  ]);
  return { people, articles };
}
