/**
 * Progressive delays after failed sign-ins, as OWASP recommends instead of a lock: the
 * first few failures in a row from one address on one account cost nothing (typos), then
 * each further attempt from there must wait twice as long as the one before, since its
 * last failure, up to a small maximum. A stranger slows only their own attempts; the owner,
 * from another address, is never kept out.
 */

/** Failures in a row that cost no wait. */
export const FREE_FAILURES = 3;
/** The wait after the first failure past the free ones. */
export const FIRST_DELAY_MS = 1_000;
/** The longest wait, however many failures. */
export const MAX_DELAY_MS = 60_000;

/** How long after its last failure an account takes its next attempt, given its failures in a row. */
export function signInDelayMs(failuresInARow: number): number {
  if (failuresInARow < FREE_FAILURES) return 0;
  // Capping the exponent first keeps 2 ** n finite for any count.
  const doublings = Math.min(failuresInARow - FREE_FAILURES, 30);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/** The whole seconds left to wait at `now`, or 0 when the account may try again. */
export function secondsToWait(failuresInARow: number, lastFailureAt: Date | null, now: Date): number {
  const delay = signInDelayMs(failuresInARow);
  if (!lastFailureAt || delay === 0) return 0;
  const left = lastFailureAt.getTime() + delay - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
