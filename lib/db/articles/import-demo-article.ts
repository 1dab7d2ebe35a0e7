import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_ARTICLE_PATH } from "../../../prisma/demo/demo-article";
import { parsePlainText } from "../../import/plain-text";
import type { Db } from "../connect";
import { importArticle, type ImportedArticle } from "./import-article";

export const DEMO_IMPORT_KEY = "demo:seed-article";

/** Loads the reference article (English MT of a Catalan piece) once; later calls find it. */
export async function importDemoArticle(
  db: Db,
  actorId: number | null,
  root = process.cwd(),
): Promise<ImportedArticle> {
  const text = await readFile(path.join(root, DEMO_ARTICLE_PATH), "utf8");
  const draft = parsePlainText(text, { origin: path.basename(DEMO_ARTICLE_PATH), sourceLang: "ca", targetLang: "en" });
  return importArticle(db, draft, { importKey: DEMO_IMPORT_KEY, actorId });
}
