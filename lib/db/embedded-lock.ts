import { mkdirSync, readFileSync, renameSync, linkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is one process's database: two processes that open the same folder corrupt it.
 * Whoever opens the embedded database for more than a moment (`npm start`, the app server,
 * the `galley` CLI) first takes `<data folder>.lock`, a file holding its PID. A lock whose
 * process is gone is stale and is taken over.
 */

/** Why a process holds the lock, so that the one refused can say who has it. */
export type LockPurpose = "server" | "cli";

export interface LockHolder {
  pid: number;
  purpose: LockPurpose | "unknown";
}

export interface EmbeddedLock {
  file: string;
  /** Removes the lock file when this process owns it; releasing twice does nothing. */
  release(): void;
}

export type LockOutcome = { ok: true; lock: EmbeddedLock } | { ok: false; file: string; holder: LockHolder };

/** `npm start` names itself here for its children (the migrations, the server): its lock covers them. */
export const INHERITED_LOCK_ENV = "GALLEY_EMBEDDED_LOCK_PID";

export interface LockOptions {
  purpose: LockPurpose;
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether a process runs; tests replace it. */
  isAlive?: (pid: number) => boolean;
}

// A lock file is written right after it is created; empty content for longer than this is a crash in between.
const PARTIAL_WRITE_WAIT_MS = 50;
const MAX_ATTEMPTS = 10;

/** Lock files this process owns, with how many holders share each (a process may open its database twice). */
const owned = new Map<string, { holders: number }>();
let exitHookInstalled = false;

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(/*turbopackIgnore: true*/ dataDir).replace(/[\\/]+$/u, "")}.lock`;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface LockContent {
  raw: string;
  holder: LockHolder | null;
}

function readLock(file: string): LockContent | null {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const [pidLine = "", purposeLine = ""] = raw.split("\n");
  const pid = /^\d+$/u.test(pidLine.trim()) ? Number(pidLine.trim()) : Number.NaN;
  // PID 0 and below address process groups in kill(), never one process.
  if (!Number.isSafeInteger(pid) || pid <= 0) return { raw, holder: null };
  const purpose =
    purposeLine.trim() === "server" || purposeLine.trim() === "cli" ? (purposeLine.trim() as LockPurpose) : "unknown";
  return { raw, holder: { pid, purpose } };
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function removeIfOurs(file: string): void {
  try {
    if (readLock(file)?.holder?.pid === process.pid) unlinkSync(file);
  } catch {
    // Leaving a lock behind is safe: our PID dies with us, and the next one takes it over.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const file of owned.keys()) removeIfOurs(file);
    owned.clear();
  });
}

function ownedLock(file: string): EmbeddedLock {
  const entry = owned.get(file);
  if (entry) entry.holders += 1;
  else owned.set(file, { holders: 1 });
  installExitHook();
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      const current = owned.get(file);
      if (!current) return;
      current.holders -= 1;
      if (current.holders > 0) return;
      owned.delete(file);
      removeIfOurs(file);
    },
  };
}

/**
 * Moves a stale lock out of the way. It is renamed first, which is atomic, and put back if
 * what was moved is not what we judged stale: someone else took the lock over meanwhile.
 */
function removeStale(file: string, staleContent: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    if (readLock(aside)?.raw !== staleContent) linkSync(aside, file);
  } catch {
    // EEXIST: a third process holds a fresh lock now, which is as it should be.
  } finally {
    unlinkSync(aside);
  }
}

/** Takes the lock of an embedded database's folder, or says who holds it. Never touches the folder itself. */
export function acquireEmbeddedLock(dataDir: string, options: LockOptions): LockOutcome {
  const file = lockFileOf(dataDir);
  if (owned.has(file)) return { ok: true, lock: ownedLock(file) };
  const isAlive = options.isAlive ?? processIsAlive;
  const inheritedFrom = Number((options.env ?? process.env)[INHERITED_LOCK_ENV]);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n${options.purpose}\n`, { flag: "wx" });
      return { ok: true, lock: ownedLock(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let content = readLock(file);
    if (content && !content.holder) {
      sleepSync(PARTIAL_WRITE_WAIT_MS);
      content = readLock(file);
    }
    if (!content) continue;
    const { holder } = content;
    if (holder && holder.pid === inheritedFrom && holder.pid !== process.pid && isAlive(holder.pid)) {
      return { ok: true, lock: { file, release: () => undefined } };
    }
    // Our own PID in a lock we don't hold was left by an earlier process that had it, e.g. before a container restart.
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) return { ok: false, file, holder };
    removeStale(file, content.raw);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing hands.`);
}
