import type { Db } from "../connect";
import { pendingMigrations } from "../pending-migrations";

export type Readiness = { ready: true } | { ready: false; reason: "database" | "migrations"; detail: string };

/** Longer than any healthy round trip; a database that takes longer is as good as down for a load balancer. */
const TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function errorCode(error: unknown): string {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ??
    (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === "string" && /^[\w.-]{1,40}$/u.test(code) ? code : "no answer";
}

/**
 * Whether this app server can serve: the database answers, and every migration in
 * prisma/migrations has been applied to it. Each failure says which, for the operator.
 */
export async function checkReadiness(
  db: () => Promise<Db>,
  options: { root?: string; timeoutMs?: number } = {},
): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let pending: string[];
  try {
    pending = await withTimeout(
      db().then((open) => pendingMigrations(open, options.root)),
      timeoutMs,
    );
  } catch (error) {
    // A code, never the message: this answers anyone, and a message may name hosts and users.
    return { ready: false, reason: "database", detail: `the database did not answer (${errorCode(error)})` };
  }
  if (pending.length > 0)
    return {
      ready: false,
      reason: "migrations",
      detail: `${pending.length} migration(s) not applied: ${pending.join(", ")}`,
    };
  return { ready: true };
}
