import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DatabaseSettings } from "../settings";
import { BACKUP_END_MARK, BACKUP_MARK, isMissingTool, runTool, toolConnection } from "./backup-database";

export type RestoreResult = { ok: true } | { ok: false; problem: string };

/** Whether a file is a whole Galley backup: its first line says so, and its last says it is complete. */
function isWholeBackup(sql: string): boolean {
  return sql.startsWith(BACKUP_MARK) && sql.trimEnd().endsWith(BACKUP_END_MARK);
}

// PGlite is PostgreSQL 17, whose pg_dump sets this session option that older servers reject; dropping it
// changes nothing restored.
const NEWER_SESSION_SETTING = /^SET transaction_timeout = 0;$/mu;

function withoutNewerSettings(sql: string): string {
  return sql.replace(NEWER_SESSION_SETTING, "-- SET transaction_timeout = 0; (PostgreSQL 17 only)");
}

async function serverIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into an empty instance, never over data: an embedded folder that does
 * not exist yet or is empty, or a server database without tables. All or nothing: a server
 * restore runs in one transaction, and a failed embedded one leaves a folder to delete.
 */
export async function restoreDatabase(settings: DatabaseSettings, file: string): Promise<RestoreResult> {
  if (!existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  const sql = await readFile(file, "utf8");
  if (!sql.startsWith(BACKUP_MARK))
    return { ok: false, problem: `${file} is not a Galley backup (it does not start with "${BACKUP_MARK}")` };
  if (!isWholeBackup(sql))
    return {
      ok: false,
      problem: `${file} is not a whole backup: it lacks the end mark "${BACKUP_END_MARK}" (cut short?)`,
    };
  if (settings.kind === "embedded") {
    if (existsSync(settings.dataDir) && readdirSync(settings.dataDir).length > 0) {
      return {
        ok: false,
        problem: `${settings.dataDir} is not empty: a backup restores only into a new instance. Move that folder away, or set GALLEY_DATA_DIR to a new one.`,
      };
    }
    await mkdir(settings.dataDir, { recursive: true });
    const pglite = await PGlite.create(settings.dataDir);
    try {
      await pglite.exec(sql);
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        problem: `the backup did not load: ${error instanceof Error ? error.message : String(error)}. Delete ${settings.dataDir} before trying again.`,
      };
    } finally {
      await pglite.close();
    }
  }
  if (!(await serverIsEmpty(settings.url)))
    return {
      ok: false,
      problem: "the database in DATABASE_URL has tables: a backup restores only into an empty database",
    };
  const connection = toolConnection(settings.url);
  let run;
  try {
    run = await runTool(
      "psql",
      ["--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1", `--dbname=${connection.url}`],
      { env: connection.env, input: withoutNewerSettings(sql) },
    );
  } catch (error) {
    if (!isMissingTool(error)) throw error;
    return { ok: false, problem: "psql was not found: install PostgreSQL's client tools (Debian: postgresql-client)" };
  }
  if (run.code !== 0)
    return {
      ok: false,
      problem: `psql failed, nothing was restored: ${run.stderr.trim().split("\n").at(-1) ?? `exit code ${run.code}`}`,
    };
  return { ok: true };
}
