import "server-only";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { ErrorCode, Failure } from "@/lib/result";
import { errorText } from "@/lib/i18n/error-text";

const STATUS: Partial<Record<ErrorCode, number>> = {
  signedOut: 401,
  apiTokenInvalid: 401,
  forbidden: 403,
  articleNotFound: 404,
  notFound: 404,
  conflict: 409,
  // An "approved only" export of an article with nothing approved yet.
  nothingApproved: 409,
  // Open critical findings block an approval until it gives a reason.
  criticalFindings: 422,
  fileTooLarge: 413,
  // An import whose file would take the parser past its time or memory budget.
  fileTooComplex: 422,
  markdownTooComplex: 422,
  importBusy: 503,
  formatUnknown: 415,
  fileBinary: 415,
  encodingUnsupported: 415,
};

type MessageValues = Record<string, string | number | null>;

/**
 * Every API error: JSON with a stable code, a message in the caller's language and, when
 * the failure has them, its details (line and column of malformed XML, the size limit…).
 */
export async function errorResponse(
  request: Request,
  code: ErrorCode,
  values?: MessageValues,
  extra?: Record<string, unknown>,
): Promise<Response> {
  const t = await getTranslations({ locale: requestLocale(request.headers), namespace: "Errors" });
  const details = values && Object.keys(values).length > 0 ? { details: values } : {};
  return Response.json(
    { error: { code, message: errorText(t, code, values), ...details, ...extra } },
    { status: STATUS[code] ?? 400 },
  );
}

/** `errorResponse` for a failure value, its details becoming the message's values. */
export function failureResponse(request: Request, failure: Failure<ErrorCode, unknown>): Promise<Response> {
  const values =
    typeof failure.details === "object" && failure.details !== null ? (failure.details as MessageValues) : undefined;
  return errorResponse(request, failure.code, values);
}
