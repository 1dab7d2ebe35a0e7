import "server-only";
import type { NextRequest } from "next/server";
import { authenticateApiToken } from "@/lib/db/tokens/authenticate-api-token";
import type { CurrentUser } from "@/lib/session/current-user";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { errorResponse } from "../../error-response";

export interface ApiContext<P> {
  request: NextRequest;
  db: Db;
  user: CurrentUser;
  params: P;
}

/** The token of an `Authorization: Bearer <token>` header. */
function bearerToken(request: Request): string | null {
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

/**
 * Every authenticated `/api/v1` route: a personal API token, never the session cookie, so
 * that no other site can make a signed-in browser call the API (CSRF).
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
) {
  return async (request: NextRequest, { params }: { params: Promise<P> }): Promise<Response> => {
    const db = await getDb();
    const user = await authenticateApiToken(db, bearerToken(request));
    if (!user) {
      const response = await errorResponse(request, "apiTokenInvalid");
      response.headers.set("www-authenticate", 'Bearer realm="galley"');
      return response;
    }
    return handler({ request, db, user, params: await params });
  };
}
