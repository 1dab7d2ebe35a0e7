import type { Db } from "../db/connect";
import { sessionUserSelect, type SessionUser } from "../db/sessions/session-user";
import { fail, ok, type Failure, type Result } from "../result";
import { hashToken, newToken } from "./tokens";

/** Live (unrevoked) tokens one person may hold at once. */
export const MAX_LIVE_TOKENS = 20;
export const MAX_TOKEN_NAME_LENGTH = 80;

// A recognisable prefix lets secret scanners and people tell a Galley token from other secrets.
const TOKEN_PREFIX = "galley_";
// A token longer than this was never issued here; refuse it without hashing.
const MAX_TOKEN_LENGTH = 200;
// How stale `lastUsedAt` may get, so that a busy script doesn't write on every request.
const LAST_USED_PRECISION_MS = 60_000;

export interface ApiTokenSummary {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const summarySelect = { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export type CreateTokenFailure = Failure<"invalidInput"> | Failure<"tooManyTokens", { max: number }>;

/** Issues a token for `userId`; the secret is returned this once, and only its hash is stored. */
export async function createApiToken(db: Db, userId: number, name: string): Promise<Result<{ secret: string; token: ApiTokenSummary }, CreateTokenFailure>> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_TOKEN_NAME_LENGTH) return fail("invalidInput");
  const secret = TOKEN_PREFIX + newToken();
  return db.$transaction(async (tx) => {
    // Locks the owner's row, so that two creations at once can't both pass the cap.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS) return fail("tooManyTokens", { max: MAX_LIVE_TOKENS });
    const token = await tx.apiToken.create({ data: { userId, name: trimmed, tokenHash: hashToken(secret) }, select: summarySelect });
    return ok({ secret, token });
  });
}

/** The person's tokens, newest first, revoked ones included so that they can tell what stopped working. */
export function listApiTokens(db: Db, userId: number): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: summarySelect });
}

/** Revokes one of the person's own tokens; revoking it again changes nothing. */
export async function revokeApiToken(db: Db, userId: number, tokenId: number, now = new Date()): Promise<Result<ApiTokenSummary, Failure<"tokenNotFound">>> {
  await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: now } });
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId }, select: summarySelect });
  return token ? ok(token) : fail("tokenNotFound");
}

/** The user a bearer token belongs to, if the token is live and its owner active; notes when it was last used. */
export async function authenticateApiToken(db: Db, secret: string | null | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!secret || secret.length > MAX_TOKEN_LENGTH || !secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { ...sessionUserSelect, deactivatedAt: true } } },
  });
  if (!token || token.revokedAt || token.user.deactivatedAt) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    await db.apiToken.updateMany({
      where: { id: token.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  const { deactivatedAt: _active, ...user } = token.user;
  return user;
}
