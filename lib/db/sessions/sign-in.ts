import { verifyPassword } from "../../auth/passwords";
import { MAX_DELAY_MS, secondsToWait } from "../../auth/sign-in-delay";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { createSession } from "./create-session";
import { sessionUserSelect, type SessionUser } from "./session-user";

/** How far back failures count, for an account's failures in a row and for an address. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 20;
/**
 * Failures on one account from every address in the window that make it a siege: more than
 * one address can send (MAX_FAILURES_PER_ADDRESS), so one stranger can never reach it.
 */
export const ACCOUNT_SIEGE_FAILURES = 50;
// Past this many failures in a row the delay is at its cap, so older ones needn't be read.
const FAILURES_READ = 32;
// Advisory-lock namespaces (the first key of pg_advisory_xact_lock), one per kind of key.
const ADDRESS_LOCK = 7301;
const ACCOUNT_LOCK = 7302;

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address, to limit guessing across accounts. */
  address: string;
}

export type SignInFailure = Failure<"signInFailed"> | Failure<"tooManyAttempts", { seconds: number }>;

/**
 * Records an attempt before the password is checked, unless the account or the address
 * must wait; the locks make simultaneous attempts queue, so that a burst of guesses sees
 * each other's failures and cannot slip through one gap in the delay together.
 */
async function claimAttempt(
  db: Db,
  email: string,
  address: string,
  now: Date,
): Promise<Result<number, Failure<"tooManyAttempts", { seconds: number }>>> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${address}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${email}))`;
    const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
    // The delay grows with this address's failures on this account: a stranger slows only themselves.
    const recent = await tx.signInAttempt.findMany({
      where: { email, address, createdAt: { gt: since } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FAILURES_READ,
      select: { succeeded: true, createdAt: true },
    });
    const accountFailures = await tx.signInAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: since } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ACCOUNT_SIEGE_FAILURES,
      select: { createdAt: true },
    });
    const addressFailures = await tx.signInAttempt.findMany({
      where: { address, succeeded: false, createdAt: { gt: since } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_FAILURES_PER_ADDRESS,
      select: { createdAt: true },
    });
    const sinceSuccess = recent.findIndex((attempt) => attempt.succeeded);
    const inARow = sinceSuccess === -1 ? recent.length : sinceSuccess;
    // Clocks of several app servers may disagree a little; no wait ever exceeds the cap.
    const lastFailure = inARow > 0 ? (recent[0]?.createdAt ?? null) : null;
    const accountWait = Math.min(secondsToWait(inARow, lastFailure, now), Math.ceil(MAX_DELAY_MS / 1000));
    const oldest = addressFailures.length >= MAX_FAILURES_PER_ADDRESS ? addressFailures.at(-1)!.createdAt : null;
    const addressWait = oldest
      ? Math.max(1, Math.ceil((oldest.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000))
      : 0;
    // Guesses from many addresses at once: the account takes one attempt a minute, from anyone.
    const siegeWait =
      accountFailures.length >= ACCOUNT_SIEGE_FAILURES
        ? secondsToWait(Number.MAX_SAFE_INTEGER, accountFailures[0]?.createdAt ?? null, now)
        : 0;
    const seconds = Math.max(accountWait, addressWait, siegeWait);
    if (seconds > 0) return fail("tooManyAttempts", { seconds });
    // A failure until the password proves right: a crash in between leaves it counted.
    const attempt = await tx.signInAttempt.create({
      data: { email, address, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return ok(attempt.id);
  });
}

/**
 * Checks an email and password. A wrong email and a wrong password fail alike, after the
 * same password hashing, so neither the answer nor its timing tells which was wrong; an
 * email no one has is slowed down like an account, for the same reason.
 */
export async function signIn(
  db: Db,
  input: SignInInput,
  now = new Date(),
): Promise<Result<{ token: string; expiresAt: Date; user: SessionUser }, SignInFailure>> {
  const email = input.email.trim().toLowerCase();
  const claimed = await claimAttempt(db, email, input.address, now);
  if (!claimed.ok) return claimed;

  const user = await db.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true, deactivatedAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  const succeeded = valid && user !== null && user.passwordHash !== null && user.deactivatedAt === null;
  if (!succeeded || !user) return fail("signInFailed");
  await db.signInAttempt.update({ where: { id: claimed.value }, data: { succeeded: true } });
  const { token, expiresAt } = await createSession(db, user.id, now);
  const { passwordHash: _hash, deactivatedAt: _active, ...sessionUser } = user;
  return ok({ token, expiresAt, user: sessionUser });
}
