import { hashToken } from "../../auth/tokens";
import type { Db } from "../connect";
import { sessionUserSelect, type SessionUser } from "../sessions/session-user";
import { TOKEN_PREFIX } from "./api-token-row";

// A token longer than this was never issued here; refuse it without hashing.
const MAX_TOKEN_LENGTH = 200;
// How stale `lastUsedAt` may get, so that a busy script doesn't write on every request.
const LAST_USED_PRECISION_MS = 60_000;

/** The user a bearer token belongs to, if the token is live and its owner active; notes when it was last used. */
export async function authenticateApiToken(
  db: Db,
  secret: string | null | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!secret || secret.length > MAX_TOKEN_LENGTH || !secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { ...sessionUserSelect, deactivatedAt: true } },
    },
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
