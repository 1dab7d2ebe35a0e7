import { spawn } from "node:child_process";
import { open, writeFile } from "node:fs/promises";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";
import type { Database } from "../connect";

/** The first line of every backup, so that a restore can tell one from any other SQL file. */
export const BACKUP_MARK = "-- Galley backup";

// Ownership and grants belong to the instance a backup restores into, not to the one it came from.
const DUMP_ARGS = ["--no-owner", "--no-privileges"];

export type BackupResult = { ok: true; bytes: number } | { ok: false; problem: string };

function header(kind: string, at: Date): string {
  return `${BACKUP_MARK}: the whole instance (articles, history, people, tokens, activity) from an ${kind} database, ${at.toISOString()}\n`;
}

/**
 * Runs a command with `input` on its standard input, its standard output into `file`
 * (created here, never replaced) after `prefix`; resolves to what it wrote to standard
 * error, or throws if it could not start.
 */
export async function runTool(
  command: string,
  args: readonly string[],
  file: string | null,
  prefix = "",
  input?: string,
): Promise<{ code: number | null; stderr: string; bytes: number }> {
  const handle = file ? await open(file, "wx") : null;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: [input === undefined ? "ignore" : "pipe", file ? "pipe" : "ignore", "pipe"],
    });
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(input);
    let stderr = "";
    let bytes = prefix.length;
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    if (handle && child.stdout) {
      const out = handle.createWriteStream();
      out.write(prefix);
      child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
      child.stdout.pipe(out);
      child.on("close", (code) => out.end(() => resolve({ code, stderr, bytes })));
    } else child.on("close", (code) => resolve({ code, stderr, bytes }));
  });
}

/** Whether a command could not start because it is not installed. */
export function isMissingTool(error: unknown): boolean {
  const { code, syscall } = error as NodeJS.ErrnoException;
  return code === "ENOENT" && typeof syscall === "string" && syscall.startsWith("spawn");
}

/**
 * Writes the whole instance as SQL to `file`, which must not exist: PGlite's own pg_dump
 * (@electric-sql/pglite-tools) for the embedded database, the server's `pg_dump` otherwise.
 */
export async function backupDatabase(database: Database, file: string, at = new Date()): Promise<BackupResult> {
  if (database.pglite) {
    const dump = await pgDump({ pg: database.pglite, args: DUMP_ARGS });
    const sql = header("embedded", at) + (await dump.text());
    await writeFile(file, sql, { flag: "wx" });
    return { ok: true, bytes: Buffer.byteLength(sql) };
  }
  if (database.settings.kind !== "server")
    return { ok: false, problem: "the database is neither embedded nor a server" };
  let run;
  try {
    run = await runTool(
      "pg_dump",
      [...DUMP_ARGS, "--format=plain", `--dbname=${database.settings.url}`],
      file,
      header("PostgreSQL server", at),
    );
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
