import type { z } from "zod";
import type { importQuerySchema } from "@/lib/api/schemas";
import type { Db } from "@/lib/db/connect";
import { importArticleFile } from "@/lib/db/articles/import-article-file";
import type { ImportedArticle } from "@/lib/db/articles/import-article";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import type { ImportResult } from "@/lib/import/import-failure";
import { maxImportBytes } from "@/lib/import/max-import-bytes";

/**
 * Imports the file in a request's body, described by its Content-Type and the query, as
 * one new article: the browser's upload and the API's POST /articles both come here.
 * The body is read no further than the size limit; a failure stores nothing.
 */
export async function importRequestBody(request: Request, db: Db, actorId: number, query: z.output<typeof importQuerySchema>): Promise<ImportResult<ImportedArticle>> {
  const maxBytes = maxImportBytes();
  const bytes = await readLimitedBody(request, maxBytes);
  if (!bytes.ok) return bytes;
  return importArticleFile(db, { ...query, bytes: bytes.value, contentType: request.headers.get("content-type"), maxBytes }, { actorId });
}
