import { importDemoArticle } from "./articles/import-demo-article";
import type { Db } from "./connect";
import { ensureDefaultUser } from "./users/ensure-default-user";

/** What a first run needs: the default user and the demo article. Safe to run again. */
export async function seedDemo(db: Db): Promise<string> {
  const user = await ensureDefaultUser(db);
  const demo = await importDemoArticle(db, user.id);
  return demo.created ? `Imported the demo article (#${demo.id}).` : `The demo article is already there (#${demo.id}).`;
}
