import { createTranslator, hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { actionOrigin } from "./lib/auth/action-origin";
import { safeNextPath } from "./lib/auth/safe-next-path";
import { SESSION_COOKIE } from "./lib/session/session-cookie-name";
import { securityHeaders, servedOverHttps } from "./lib/http/security-headers";
import { requestLocale } from "./lib/i18n/request-locale";
import { routing } from "./lib/i18n/routing";
import ca from "./messages/ca.json";
import en from "./messages/en.json";
import es from "./messages/es.json";

const localize = createMiddleware(routing);

// Pages a signed-out visitor may see; every other page sends them to sign in first.
const PUBLIC_PAGES = new RegExp(`^/(?:${routing.locales.join("|")})/(?:sign-in|setup|invite)(?:/|$)`);
// API routes and files with an extension get the headers, but no locale and no sign-in redirect.
const NOT_A_PAGE = /^\/(?:api|_next|_vercel)(?:\/|$)|\.[^/]*$/;

const ERRORS = { en: en.Errors, ca: ca.Errors, es: es.Errors };

/**
 * What Next.js handles as a server action, and so checks the Origin of: a POST with the
 * Next-Action header, or any multipart form POSTed to a page (a form that works without script).
 */
function mayBeServerAction(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  return (
    !NOT_A_PAGE.test(request.nextUrl.pathname) &&
    (request.headers.get("content-type") ?? "").startsWith("multipart/form-data")
  );
}

/**
 * A server action posted from another origin (403) or with an Origin that isn't a URL (400),
 * answered in the API's error shape before Next's own check throws and makes it a 500.
 */
function refuseForeignAction(request: NextRequest): Response | null {
  if (!mayBeServerAction(request)) return null;
  // Next takes the first host a chain of proxies names; so does this.
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const verdict = actionOrigin(request.headers.get("origin"), host);
  if (verdict === "sameOrigin") return null;
  const code = verdict === "crossOrigin" ? "forbidden" : "invalidInput";
  const prefix = request.nextUrl.pathname.split("/")[1];
  const locale = hasLocale(routing.locales, prefix) ? prefix : requestLocale(request.headers);
  const t = createTranslator({
    locale,
    messages: { Errors: ERRORS[locale] } as unknown as typeof en,
    namespace: "Errors",
  });
  return Response.json({ error: { code, message: t(code) } }, { status: verdict === "crossOrigin" ? 403 : 400 });
}

function route(request: NextRequest): Response {
  const { pathname, search } = request.nextUrl;
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  const response = localize(request);
  if (response.headers.has("location")) return response;
  // Only a shortcut for the common case: pages and actions still check the session itself.
  if (!request.cookies.has(SESSION_COOKIE) && !PUBLIC_PAGES.test(pathname) && request.method === "GET") {
    const locale = pathname.split("/")[1] || routing.defaultLocale;
    const signIn = new URL(`/${locale}/sign-in`, request.url);
    const next = safeNextPath(pathname + search, request.nextUrl.origin);
    if (next) signIn.searchParams.set("next", next);
    return NextResponse.redirect(signIn);
  }
  return response;
}

export default function proxy(request: NextRequest): Response {
  const response = refuseForeignAction(request) ?? route(request);
  const https = servedOverHttps({
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  for (const [name, value] of Object.entries(securityHeaders(request.nextUrl.pathname, https)))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Every request but Next's build output, which is content-hashed JavaScript, CSS and fonts.
  matcher: "/((?!_next/static|_next/image).*)",
};
