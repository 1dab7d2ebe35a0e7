import "server-only";
import type { z } from "zod";
import { importQuerySchema } from "@/lib/api/schemas";
import type { Db } from "@/lib/db/connect";
import { importArticleFile } from "@/lib/db/articles/import-article-file";
import type { ImportedArticle } from "@/lib/db/articles/import-article";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import type { ImportResult } from "@/lib/import/import-failure";
import { maxImportBytes } from "@/lib/import/max-import-bytes";
import type { ErrorCode, Failure, Result } from "@/lib/result";
import { failureResponse } from "./error-response";
import { parseQuery, type InputFailure } from "./v1/_lib/request-input";

export type ImportQuery = z.output<typeof importQuerySchema>;

/** The import's query; a name or language with NUL or a lone surrogate is `textMalformed`, as everywhere else. */
export function parseImportQuery(request: Request): Result<ImportQuery, InputFailure> {
  return parseQuery(request, importQuerySchema);
}

/**
 * Imports the file in a request's body, described by its Content-Type and the query, as
 * one new article: the browser's upload and the API's POST /articles both come here.
 * The body is read no further than the size limit and parsed in the import pool's threads;
 * a failure stores nothing.
 */
export async function importRequestBody(
  request: Request,
  db: Db,
  actorId: number,
  query: ImportQuery,
): Promise<ImportResult<ImportedArticle>> {
  const maxBytes = maxImportBytes();
  const bytes = await readLimitedBody(request, maxBytes);
  if (!bytes.ok) return bytes;
  const { linkAuthors, ...file } = query;
  return importArticleFile(
    db,
    { ...file, bytes: bytes.value, contentType: request.headers.get("content-type"), maxBytes },
    { actorId, linkAuthors },
  );
}

/**
 * An import's failure as a response: a busy pool says when to try again, and an oversized
 * body sent without a Content-Length, which was drained rather than kept, closes the
 * connection. A declared one is left unread for Node to discard, keeping the connection.
 */
export async function importFailureResponse(request: Request, failure: Failure<ErrorCode, unknown>): Promise<Response> {
  const response = await failureResponse(request, failure);
  if (failure.code === "importBusy") {
    const { retryAfter } = failure.details as { retryAfter: number };
    response.headers.set("retry-after", String(retryAfter));
  }
  if (failure.code === "fileTooLarge" && !request.headers.has("content-length"))
    response.headers.set("connection", "close");
  return response;
}
