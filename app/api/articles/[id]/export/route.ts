import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { permitArticle } from "@/lib/db/articles/article-access";
import { exportArticle } from "@/lib/db/articles/export-article";
import { recordEvent } from "@/lib/db/audit/record-event";
import { EXPORT_FORMAT_NAMES, EXPORT_SCOPES } from "@/lib/export/export-formats";
import { errorResponse } from "../../../error-response";

export const dynamic = "force-dynamic";

const query = z.object({
  id: z.coerce.number().int().positive(),
  format: z.enum(EXPORT_FORMAT_NAMES).default("md"),
  scope: z.enum(EXPORT_SCOPES).default("all"),
});

/** Downloads the article for someone signed in; page chrome is always left out of reader formats. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(request, "signedOut");
  const search = request.nextUrl.searchParams;
  const parsed = query.safeParse({ id: (await params).id, format: search.get("format") ?? undefined, scope: search.get("scope") ?? undefined });
  if (!parsed.success) return errorResponse(request, "invalidInput");
  const { id, format, scope } = parsed.data;
  const db = await getDb();
  const permitted = await permitArticle(db, user, id, "article.export");
  if (!permitted.ok) return errorResponse(request, permitted.code);
  const file = await exportArticle(db, id, { format, scope });
  if (!file) return errorResponse(request, "articleNotFound");
  await recordEvent(db, { actorId: user.id, action: "article.export", articleId: id, details: { format, scope } });
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
