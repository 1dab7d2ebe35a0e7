import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/session/current-user";
import { idTextSchema } from "@/lib/api/schemas";
import { EXPORT_FORMAT_NAMES, EXPORT_SCOPES } from "@/lib/export/export-formats";
import { errorResponse } from "../../../error-response";
import { exportResponse } from "../../../export-response";

export const dynamic = "force-dynamic";

const query = z.object({
  id: idTextSchema,
  format: z.enum(EXPORT_FORMAT_NAMES).default("md"),
  scope: z.enum(EXPORT_SCOPES).default("all"),
});

/** The export form's download, for someone signed in; page chrome is always left out of reader formats. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(request, "signedOut");
  const search = request.nextUrl.searchParams;
  const parsed = query.safeParse({
    id: (await params).id,
    format: search.get("format") ?? undefined,
    scope: search.get("scope") ?? undefined,
  });
  if (!parsed.success) return errorResponse(request, "invalidInput");
  const { id, ...options } = parsed.data;
  return exportResponse(request, await getDb(), user, id, options);
}
