import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { getArticleContent } from "@/lib/db/articles/get-article-content";
import { getDb } from "@/lib/db/client";
import { toMarkdown } from "@/lib/export/markdown";
import { toPlainText } from "@/lib/export/plain-text";
import { requestLocale } from "@/lib/i18n/request-locale";

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

async function errorResponse(request: NextRequest, status: number, code: "invalidInput" | "articleNotFound") {
  const t = await getTranslations({ locale: requestLocale(request.headers), namespace: "Errors" });
  return Response.json({ error: { code, message: t(code) } }, { status });
}

/** Downloads the cleaned article; page chrome is always left out. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const parsed = query.safeParse({ id: (await params).id, format: request.nextUrl.searchParams.get("format") ?? undefined });
  if (!parsed.success) return errorResponse(request, 400, "invalidInput");
  const content = await getArticleContent(await getDb(), parsed.data.id);
  if (!content) return errorResponse(request, 404, "articleNotFound");
  const format = FORMATS[parsed.data.format];
  return new Response(format.render(content), {
    headers: {
      "content-type": format.contentType,
      "content-disposition": `attachment; filename="${fileName(content.title, format.extension)}"`,
      "cache-control": "no-store",
    },
  });
}
