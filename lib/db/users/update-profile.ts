import { checkPassword, hashPassword, verifyPassword, type PasswordFailure } from "../../auth/passwords";
import { hashToken } from "../../auth/tokens";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";

export async function updateProfile(
  db: Db,
  userId: number,
  input: { name: string; locale: string | null },
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name: input.name.trim(), locale: input.locale } });
}

/**
 * Changes a password after checking the current one. Every other session of the user ends
 * and every live API token is revoked, since whoever learnt the old password may have made
 * either; returns how many tokens were revoked, for the person to replace them.
 */
export async function changePassword(
  db: Db,
  userId: number,
  input: { current: string; next: string; keepSessionToken?: string },
  now = new Date(),
): Promise<Result<{ revokedTokens: number }, PasswordFailure | Failure<"wrongPassword">>> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.current))) return fail("wrongPassword");
  const next = checkPassword(input.next);
  if (!next.ok) return next;
  const passwordHash = await hashPassword(next.value);
  const [, , revoked] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({
      where: { userId, ...(input.keepSessionToken ? { tokenHash: { not: hashToken(input.keepSessionToken) } } : {}) },
    }),
    db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
  ]);
  return ok({ revokedTokens: revoked.count });
}
