import type { Db } from "../connect";
import { importArticle } from "../articles/import-article";
import { parsePlainText } from "../../import/plain-text";

export const SAMPLE_ARTICLE = [
  "World",
  "",
  "A headline about things",
  "",
  "A standfirst that sums it up.",
  "3 min",
  "",
  "MoscowThere is one sentence here. And a second one follows.",
  "",
  "A closing paragraph.",
].join("\n");

/** A user and an imported sample article; returns their ids and the article's segments. */
export async function seedSample(db: Db, text = SAMPLE_ARTICLE) {
  const suffix = Math.random().toString(36).slice(2, 10);
  const [alice, bob] = await Promise.all([
    db.user.create({ data: { name: "Alice", email: `alice-${suffix}@example.test`, role: "translator" } }),
    db.user.create({ data: { name: "Bob", email: `bob-${suffix}@example.test`, role: "editor" } }),
  ]);
  const draft = parsePlainText(text, { origin: "sample.txt", sourceLang: "ca", targetLang: "en" });
  const { id: articleId } = await importArticle(db, draft, { actorId: alice.id });
  const segments = await db.segment.findMany({ where: { articleId }, orderBy: { position: "asc" } });
  return { alice, bob, articleId, segments };
}
