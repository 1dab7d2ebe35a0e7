import { verifyPassword } from "../../auth/passwords";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { createSession } from "./create-session";
import { sessionUserSelect, type SessionUser } from "./session-user";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address, to limit guessing across accounts. */
  address: string;
}

export type SignInFailure = Failure<"signInFailed"> | Failure<"tooManyAttempts">;

/**
 * Checks an email and password. A wrong email and a wrong password fail alike, after the
 * same password hashing, so neither the answer nor its timing tells which was wrong.
 */
export async function signIn(db: Db, input: SignInInput, now = new Date()): Promise<Result<{ token: string; expiresAt: Date; user: SessionUser }, SignInFailure>> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    db.signInAttempt.count({ where: { address: input.address, succeeded: false, createdAt: { gt: since } } }),
  ]);
  if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) return fail("tooManyAttempts");

  const user = await db.user.findUnique({ where: { email }, select: { ...sessionUserSelect, passwordHash: true, deactivatedAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  const succeeded = valid && user !== null && user.passwordHash !== null && user.deactivatedAt === null;
  await db.signInAttempt.create({ data: { email, address: input.address, succeeded, createdAt: now } });
  if (!succeeded || !user) return fail("signInFailed");
  const { token, expiresAt } = await createSession(db, user.id, now);
  const { passwordHash: _hash, deactivatedAt: _active, ...sessionUser } = user;
  return ok({ token, expiresAt, user: sessionUser });
}
