import type { ImportResult } from "../../import/import-failure";
import type { ArticleFile } from "../../import/import-file";
import { readArticleFileInPool } from "../../import/import-pool";
import { ok } from "../../result";
import type { Db } from "../connect";
import { importArticle, type ImportedArticle, type ImportOptions } from "./import-article";

/**
 * Reads a file of any supported format in the import pool's threads, off the caller's own,
 * and stores it as one article; a file that fails to read stores nothing.
 */
export async function importArticleFile(
  db: Db,
  file: ArticleFile,
  options: ImportOptions = {},
): Promise<ImportResult<ImportedArticle>> {
  const draft = await readArticleFileInPool(file);
  if (!draft.ok) return draft;
  return ok(await importArticle(db, draft.value, options));
}
