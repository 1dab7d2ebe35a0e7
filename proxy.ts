import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/session-cookie-name";
import { routing } from "./lib/i18n/routing";

const localize = createMiddleware(routing);

// Pages a signed-out visitor may see; every other page sends them to sign in first.
const PUBLIC_PAGES = new RegExp(`^/(?:${routing.locales.join("|")})/(?:sign-in|setup|invite)(?:/|$)`);

export default function proxy(request: NextRequest) {
  const response = localize(request);
  if (response.headers.has("location")) return response;
  const { pathname, search } = request.nextUrl;
  // Only a shortcut for the common case: pages and actions still check the session itself.
  if (!request.cookies.has(SESSION_COOKIE) && !PUBLIC_PAGES.test(pathname) && request.method === "GET") {
    const locale = pathname.split("/")[1] || routing.defaultLocale;
    const signIn = new URL(`/${locale}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  return response;
}

export const config = {
  // Everything but API routes, Next's internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
