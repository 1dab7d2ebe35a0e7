import type { NextRequest } from "next/server";
import { z } from "zod";
import { getArticleContent } from "@/lib/db/articles/get-article-content";
import { getDb } from "@/lib/db/client";
import { toMarkdown } from "@/lib/export/markdown";
import { toPlainText } from "@/lib/export/plain-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { permitArticle } from "@/lib/db/articles/article-access";
import { recordEvent } from "@/lib/db/audit/record-event";
import { errorResponse } from "../../../error-response";

export const dynamic = "force-dynamic";

const FORMATS = {
  md: { render: toMarkdown, contentType: "text/markdown; charset=utf-8", extension: "md" },
  txt: { render: toPlainText, contentType: "text/plain; charset=utf-8", extension: "txt" },
} as const;

const query = z.object({
  id: z.coerce.number().int().positive(),
  format: z.enum(["md", "txt"]).default("md"),
});

function fileName(title: string, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${slug || "article"}.${extension}`;
}


/** Downloads the cleaned article; page chrome is always left out. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(request, "signedOut");
  const parsed = query.safeParse({ id: (await params).id, format: request.nextUrl.searchParams.get("format") ?? undefined });
  if (!parsed.success) return errorResponse(request, "invalidInput");
  const db = await getDb();
  const permitted = await permitArticle(db, user, parsed.data.id, "article.export");
  if (!permitted.ok) return errorResponse(request, permitted.code);
  const content = await getArticleContent(db, parsed.data.id);
  if (!content) return errorResponse(request, "articleNotFound");
  await recordEvent(db, { actorId: user.id, action: "article.export", articleId: parsed.data.id, details: { format: parsed.data.format } });
  const format = FORMATS[parsed.data.format];
  return new Response(format.render(content), {
    headers: {
      "content-type": format.contentType,
      "content-disposition": `attachment; filename="${fileName(content.title, format.extension)}"`,
      "cache-control": "no-store",
    },
  });
}
