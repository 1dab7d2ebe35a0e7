import { hashToken, newToken } from "../../auth/tokens";
import type { Db } from "../connect";

export const SESSION_DAYS = 14;

/** Starts a session for a user; returns the token for the cookie, which is stored only hashed. */
export async function createSession(
  db: Db,
  userId: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await db.session.create({
    data: { tokenHash: hashToken(token), userId, expiresAt, createdAt: now, lastSeenAt: now },
  });
  return { token, expiresAt };
}
