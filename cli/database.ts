import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, type Database } from "../lib/db/connect";
import { acquireEmbeddedLock } from "../lib/db/embedded-lock";
import { pendingMigrations } from "../lib/db/pending-migrations";
import { databaseSettings, DEFAULT_DATA_DIR, type DatabaseSettings } from "../lib/db/settings";
import type { CliContext } from "./command";
import { InputError } from "./input-error";

/** The project's folder: where `npm start` runs, so where its data and migrations are. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The app's database: DATABASE_URL, or the embedded folder, by default the one `npm start` uses whatever the
 * working directory.
 */
export function cliDatabaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return databaseSettings({
    ...env,
    GALLEY_DATA_DIR: env.GALLEY_DATA_DIR?.trim() || path.join(PROJECT_ROOT, DEFAULT_DATA_DIR),
  });
}

function lockedMessage(pid: number, purpose: string): string {
  if (purpose === "cli")
    return `The embedded database is in use by another galley command (pid ${pid}). Wait for it to finish, or set DATABASE_URL.`;
  return `The embedded database is in use by the running Galley (pid ${pid}). Stop it, or use the API / set DATABASE_URL.`;
}

function whereItIs(settings: DatabaseSettings): string {
  if (settings.kind === "embedded") return path.relative(process.cwd(), settings.dataDir) || settings.dataDir;
  // Never echo the URL: it may hold a password.
  const url = URL.canParse(settings.url) ? new URL(settings.url) : null;
  return url
    ? `the PostgreSQL server at ${url.hostname}${url.port ? `:${url.port}` : ""}`
    : "the PostgreSQL server in DATABASE_URL";
}

/** The driver's own words, without Prisma's wrapping ("Raw query failed. Code: … Message: `…`"). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Message: `([^`]+)`/u.exec(message)?.[1] ?? message.trim().split("\n").at(-1) ?? message;
}

/**
 * Opens the app's database for one command: the embedded one only under its lock and only
 * when `npm start` has created it, and either only when every migration is applied. Each
 * refusal is an InputError that leaves the data untouched.
 */
export async function openCliDatabase(settings: DatabaseSettings = cliDatabaseSettings()): Promise<Database> {
  let release = () => {};
  if (settings.kind === "embedded") {
    // An empty folder would become a new, unmigrated database; `npm start` makes it properly.
    if (!existsSync(settings.dataDir) || readdirSync(settings.dataDir).length === 0) {
      throw new InputError(
        `There is no database in ${whereItIs(settings)} yet. Run \`npm start\` once to create it, or set DATABASE_URL.`,
        false,
      );
    }
    const taken = acquireEmbeddedLock(settings.dataDir, { purpose: "cli" });
    if (!taken.ok) throw new InputError(lockedMessage(taken.holder.pid, taken.holder.purpose), false);
    release = () => taken.lock.release();
  }
  let database: Database | undefined;
  try {
    database = await openDatabase(settings);
    let pending: string[];
    try {
      pending = await pendingMigrations(database.db, PROJECT_ROOT);
    } catch (error) {
      throw new InputError(`Cannot read ${whereItIs(settings)}: ${reasonOf(error)}`, false);
    }
    if (pending.length > 0) {
      throw new InputError(
        `The database in ${whereItIs(settings)} lacks ${pending.length} migration(s) of this version of Galley (${pending.join(", ")}). Run \`npm start\` once: it applies them.`,
        false,
      );
    }
    const opened = database;
    return {
      ...opened,
      close: async () => {
        try {
          await opened.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    await database?.close().catch(() => undefined);
    release();
    throw error;
  }
}

export const defaultCliContext: CliContext = {
  openDatabase: () => openCliDatabase(),
  databaseSettings: () => cliDatabaseSettings(),
};
