import type { Db } from "../connect";

/** Sign-in attempts are read over minutes; a day of them is more than the limits ever look back. */
export const SIGN_IN_ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;
/** An expired invitation stays a month, so that "your link expired" can still be told apart from "no such link". */
export const EXPIRED_INVITATIONS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

export interface Purged {
  sessions: number;
  signInAttempts: number;
  invitations: number;
}

/**
 * Deletes what has expired and is no longer read: sessions past their end, old sign-in attempts, long-expired
 * unused invitations.
 */
export async function purgeExpired(db: Db, now = new Date()): Promise<Purged> {
  const [sessions, signInAttempts, invitations] = await db.$transaction([
    db.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS) } } }),
    db.invitation.deleteMany({
      where: { acceptedAt: null, expiresAt: { lt: new Date(now.getTime() - EXPIRED_INVITATIONS_KEPT_MS) } },
    }),
  ]);
  return { sessions: sessions.count, signInAttempts: signInAttempts.count, invitations: invitations.count };
}
