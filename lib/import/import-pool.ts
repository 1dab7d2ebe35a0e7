import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { configFrom } from "../config/config";
import type { ArticleDraft } from "./article-draft";
import type { ArticleFile } from "./import-file";
import { importFailure, type ImportResult } from "./import-failure";
import type { ReadArticleFileTask } from "./read-article-file-task";

export interface ImportPoolLimits {
  /** Threads that read files at once. */
  threads: number;
  /** Files that may wait for a thread; past that an import is refused as busy. */
  queue: number;
  /** How long one file may take to read, counted from when a thread starts on it. */
  timeLimitMs: number;
  /** The heap one thread may use; past it the thread is ended and the file refused. */
  memoryMb: number;
}

/** Seconds a client is told to wait before trying again when every thread and queue slot is taken. */
export const RETRY_AFTER_SECONDS = 10;

// Idle threads stay a while, so that a burst of imports doesn't pay for starting tsx each time.
const IDLE_MS = 60_000;

/**
 * The pool's limits: one thread fewer than the cores (at least one, at most four) so that a
 * file never takes every core from the server, a queue four times that, and the time and
 * memory budgets from GALLEY_IMPORT_TIME_LIMIT (seconds) and GALLEY_IMPORT_MEMORY_MB.
 */
export function importPoolLimits(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cores = availableParallelism(),
): ImportPoolLimits {
  const threads = Math.max(1, Math.min(4, cores - 1));
  const config = configFrom(env);
  return {
    threads,
    queue: threads * 4,
    timeLimitMs: Math.round(config.GALLEY_IMPORT_TIME_LIMIT * 1000),
    memoryMb: config.GALLEY_IMPORT_MEMORY_MB,
  };
}

interface ImportPool {
  pool: Piscina<ReadArticleFileTask, ImportResult<ArticleDraft>>;
  limits: ImportPoolLimits;
  /**
   * Files being read or waiting, counted here because piscina's own maxQueue does not hold
   * tasks that carry an abort signal, as every one here does.
   */
  inFlight: number;
  /** Replaced by a pool with other limits: it ends when its last file is read. */
  retired: boolean;
}

// One pool per process, shared by every bundle Next makes of this module.
const holder = globalThis as typeof globalThis & { galleyImportPool?: ImportPool };

/** The worker's file, found from the project's folder at run time: bundlers never see it. */
function workerFile(): string {
  return path.join(process.cwd(), "lib", "import", "parse-worker.mjs");
}

/** Ends a pool once its last file is read. */
function retire(pool: ImportPool): void {
  pool.retired = true;
  if (pool.inFlight === 0) void pool.pool.destroy();
}

function importPool(limits: ImportPoolLimits): ImportPool {
  const current = holder.galleyImportPool;
  if (current && JSON.stringify(current.limits) === JSON.stringify(limits)) return current;
  // Settings are read once at start, so only tests change the limits; files under way still finish.
  if (current) retire(current);
  const pool = new Piscina<ReadArticleFileTask, ImportResult<ArticleDraft>>({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: limits.threads,
    maxQueue: limits.queue,
    idleTimeout: IDLE_MS,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.memoryMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.memoryMb / 8)),
    },
    // The parent's --import tsx would load tsx a second time; the worker registers it itself.
    execArgv: [],
  });
  holder.galleyImportPool = { pool, limits, inFlight: 0, retired: false };
  return holder.galleyImportPool;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ERR_WORKER_OUT_OF_MEMORY";
}

function isQueueFull(error: unknown): boolean {
  return error instanceof Error && /queue is at limit|no task queue available/iu.test(error.message);
}

/**
 * `readArticleFile` in a thread of a bounded pool, so that no file can hold up the server:
 * past the time or memory budget the thread is ended and the file refused as too complex,
 * and when every thread and queue slot is taken the import is refused as busy.
 */
export async function readArticleFileInPool(
  file: ArticleFile,
  limits: ImportPoolLimits = importPoolLimits(),
): Promise<ImportResult<ArticleDraft>> {
  const current = importPool(limits);
  if (current.inFlight >= limits.threads + limits.queue)
    return importFailure("importBusy", { retryAfter: RETRY_AFTER_SECONDS });
  current.inFlight++;
  const { port1: started, port2: startedInWorker } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  started.once("message", () => {
    // The note can arrive after a quick file's result; no timer is left behind then.
    if (!settled) timer = setTimeout(() => abort.abort(), limits.timeLimitMs);
  });
  try {
    return await current.pool.run(
      { file, started: startedInWorker },
      { signal: abort.signal, transferList: [startedInWorker] },
    );
  } catch (error) {
    if (isAbort(error))
      return importFailure("fileTooComplex", {
        limit: "time",
        seconds: limits.timeLimitMs / 1000,
        megabytes: limits.memoryMb,
      });
    if (isOutOfMemory(error))
      return importFailure("fileTooComplex", {
        limit: "memory",
        seconds: limits.timeLimitMs / 1000,
        megabytes: limits.memoryMb,
      });
    if (isQueueFull(error)) return importFailure("importBusy", { retryAfter: RETRY_AFTER_SECONDS });
    throw error;
  } finally {
    settled = true;
    current.inFlight--;
    if (current.retired && current.inFlight === 0) void current.pool.destroy();
    clearTimeout(timer);
    started.close();
  }
}

/** Ends the pool's threads; a command that is done importing calls it so that nothing lingers. */
export async function closeImportPool(): Promise<void> {
  const current = holder.galleyImportPool;
  holder.galleyImportPool = undefined;
  await current?.pool.destroy();
}
