import { spawn } from "node:child_process";
import { open, rename, rm, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";
import type { Database } from "../connect";

/** The first line of every backup, so that a restore can tell one from any other SQL file. */
export const BACKUP_MARK = "-- Galley backup";
/** The last line of every complete backup: a dump cut short has no end mark, and no restore takes it. */
export const BACKUP_END_MARK = "-- Galley backup: complete";

// Ownership and grants belong to the instance a backup restores into, not to the one it came from.
const DUMP_ARGS = ["--no-owner", "--no-privileges"];

export type BackupResult = { ok: true; bytes: number } | { ok: false; problem: string };

function header(kind: string, at: Date): string {
  return `${BACKUP_MARK}: the whole instance (articles, history, people, tokens, activity) from an ${kind} database, ${at.toISOString()}\n`;
}

const footer = `\n${BACKUP_END_MARK}\n`;

/**
 * A PostgreSQL URL without its password, and the password for the tools' PGPASSWORD, so that
 * it never shows in the process list as a command-line argument would.
 */
export function toolConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/**
 * Runs a command with `input` on its standard input and its standard output into `file`
 * between `prefix` and `suffix`; resolves to its exit code and what it wrote to standard
 * error, or throws if it could not start.
 */
export async function runTool(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; file?: string; prefix?: string; suffix?: string; input?: string } = {},
): Promise<{ code: number | null; stderr: string; bytes: number }> {
  const { file, prefix = "", suffix = "", input } = options;
  // Opened before the command starts, so that an existing file is refused and nothing runs.
  const out = file ? (await open(file, "wx")).createWriteStream() : null;
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: [input === undefined ? "ignore" : "pipe", out ? "pipe" : "ignore", "pipe"],
  });
  child.stdin?.on("error", () => undefined);
  child.stdin?.end(input);
  let stderr = "";
  let bytes = 0;
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  if (out && child.stdout) {
    out.write(prefix);
    bytes += prefix.length;
    child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
    child.stdout.pipe(out, { end: false });
  }
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (out && code === 0) {
      out.write(suffix);
      bytes += suffix.length;
    }
    return { code, stderr, bytes };
  } finally {
    if (out) {
      out.end();
      await finished(out);
    }
  }
}

/** Whether a command could not start because it is not installed. */
export function isMissingTool(error: unknown): boolean {
  const { code, syscall } = error as NodeJS.ErrnoException;
  return code === "ENOENT" && typeof syscall === "string" && syscall.startsWith("spawn");
}

/** Dumps into a file of its own beside `file`, so that `file` only ever appears whole. */
async function dumpTo(database: Database, partial: string, at: Date): Promise<BackupResult> {
  if (database.pglite) {
    const dump = await pgDump({ pg: database.pglite, args: DUMP_ARGS });
    const sql = header("embedded", at) + (await dump.text()) + footer;
    await writeFile(partial, sql, { flag: "wx" });
    return { ok: true, bytes: Buffer.byteLength(sql) };
  }
  if (database.settings.kind !== "server")
    return { ok: false, problem: "the database is neither embedded nor a server" };
  const connection = toolConnection(database.settings.url);
  let run;
  try {
    run = await runTool("pg_dump", [...DUMP_ARGS, "--format=plain", `--dbname=${connection.url}`], {
      env: connection.env,
      file: partial,
      prefix: header("PostgreSQL server", at),
      suffix: footer,
    });
  } catch (error) {
    if (!isMissingTool(error)) throw error;
    return {
      ok: false,
      problem:
        "pg_dump was not found: install PostgreSQL's client tools (Debian: postgresql-client) in the version of the server",
    };
  }
  if (run.code !== 0)
    return { ok: false, problem: `pg_dump failed: ${run.stderr.trim().split("\n").at(-1) ?? `exit code ${run.code}`}` };
  return { ok: true, bytes: run.bytes };
}

/**
 * Writes the whole instance as SQL to `file`, which must not exist: PGlite's own pg_dump
 * (@electric-sql/pglite-tools) for the embedded database, the server's `pg_dump` otherwise.
 * A failed backup leaves no file behind, and a complete one ends with BACKUP_END_MARK.
 */
export async function backupDatabase(database: Database, file: string, at = new Date()): Promise<BackupResult> {
  // Claims the name at once, so that an existing file is refused before any work.
  await writeFile(file, "", { flag: "wx" });
  const partial = `${file}.partial-${process.pid}`;
  let done = false;
  try {
    const result = await dumpTo(database, partial, at);
    if (!result.ok) return result;
    // Replaces the placeholder at once: whoever opens the file finds nothing or everything.
    await rename(partial, file);
    done = true;
    return result;
  } finally {
    await rm(partial, { force: true });
    if (!done) await rm(file, { force: true });
  }
}
