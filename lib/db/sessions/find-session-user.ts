import { hashToken } from "../../auth/tokens";
import type { Db } from "../connect";
import { sessionUserSelect, type SessionUser } from "./session-user";

/** The user a session token belongs to, if the session is live and the account active. */
export async function findSessionUser(
  db: Db,
  token: string | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { ...sessionUserSelect, deactivatedAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.deactivatedAt) return null;
  const { deactivatedAt: _active, ...user } = session.user;
  return user;
}
