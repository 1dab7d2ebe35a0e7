import "server-only";
import { cache } from "react";
import { getDb } from "../db/client";
import { findSessionUser } from "../db/sessions/find-session-user";
import type { SessionUser } from "../db/sessions/session-user";
import { readSessionToken } from "./session-cookie";

export type CurrentUser = SessionUser;

/** Who is asking, from the session cookie; looked up once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> =>
  findSessionUser(await getDb(), await readSessionToken()),
);
