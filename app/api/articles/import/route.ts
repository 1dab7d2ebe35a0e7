import { getCurrentUser } from "@/lib/session/current-user";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { errorResponse, failureResponse } from "../../error-response";
import { importFailureResponse, importRequestBody, parseImportQuery } from "../../import-request";

export const dynamic = "force-dynamic";

/** A browser's file upload from the New article page, with the session cookie; the body is the file itself. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(request, "signedOut");
  // The session cookie is SameSite=Lax already; refusing other origins outright costs nothing.
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) return errorResponse(request, "forbidden");
  if (!can(user, "article.import")) return errorResponse(request, "forbidden");
  const query = parseImportQuery(request);
  if (!query.ok) return failureResponse(request, query);
  const imported = await importRequestBody(request, await getDb(), user.id, query.value);
  if (!imported.ok) return importFailureResponse(request, imported);
  return Response.json({ articleId: imported.value.id }, { status: 201 });
}
