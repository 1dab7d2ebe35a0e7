import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { ErrorCode } from "@/lib/result";

const STATUS: Partial<Record<ErrorCode, number>> = {
  signedOut: 401,
  forbidden: 403,
  articleNotFound: 404,
  notFound: 404,
  conflict: 409,
};

/** Every API error: JSON with a stable code and a message in the caller's language. */
export async function errorResponse(request: Request, code: ErrorCode, values?: Record<string, string | number>, extra?: Record<string, unknown>): Promise<Response> {
  const t = await getTranslations({ locale: requestLocale(request.headers), namespace: "Errors" });
  return Response.json({ error: { code, message: t(code, values as never), ...extra } }, { status: STATUS[code] ?? 400 });
}
