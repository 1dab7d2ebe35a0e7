import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/connect";
import { permitArticle } from "@/lib/db/articles/article-access";
import { exportArticle } from "@/lib/db/articles/export-article";
import { recordEvent } from "@/lib/db/audit/record-event";
import type { ExportScope } from "@/lib/export/article-content";
import type { ExportFormatName } from "@/lib/export/export-formats";
import { failureResponse } from "./error-response";

/**
 * The article as a download, for the app's export form and the API alike: checked
 * against the actor's permissions and recorded in the activity log.
 */
export async function exportResponse(
  request: Request,
  db: Db,
  actor: Actor,
  articleId: number,
  options: { format: ExportFormatName; scope: ExportScope },
): Promise<Response> {
  const permitted = await permitArticle(db, actor, articleId, "article.export");
  if (!permitted.ok) return failureResponse(request, permitted);
  const exported = await exportArticle(db, articleId, options);
  if (!exported.ok) return failureResponse(request, exported);
  const file = exported.value;
  await recordEvent(db, { actorId: actor.id, action: "article.export", articleId, details: options });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
      // An exported HTML page is a download, never a page of this site.
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
    },
  });
}
