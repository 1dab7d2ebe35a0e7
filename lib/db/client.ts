import { openDatabase, type Database, type Db } from "./connect";
import { acquireEmbeddedLock } from "./embedded-lock";
import { databaseSettings, type DatabaseSettings } from "./settings";

const holder = globalThis as typeof globalThis & { galleyDatabase?: Promise<Database>; galleyDatabaseClosed?: boolean };

/** Opens the database; the embedded one only under its lock, which `npm start` may already hold for this process. */
async function openAppDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.kind === "server") return openDatabase(settings);
  const taken = acquireEmbeddedLock(settings.dataDir, { purpose: "server" });
  if (!taken.ok) {
    throw new Error(
      `The embedded database ${settings.dataDir} is in use by another process (pid ${taken.holder.pid}, ${taken.holder.purpose}); see ${taken.file}.`,
    );
  }
  try {
    const database = await openDatabase(settings);
    return {
      ...database,
      close: async () => {
        await database.close();
        taken.lock.release();
      },
    };
  } catch (error) {
    taken.lock.release();
    throw error;
  }
}

/**
 * The process's one database connection. It lives on `globalThis` so that dev reloads
 * and separate bundles never open the PGlite folder twice. A failed open is retried on
 * the next call, e.g. once a `galley` command has released the embedded database.
 */
export function getDatabase(): Promise<Database> {
  // Once the process is shutting down, a late request must not open the database again.
  if (holder.galleyDatabaseClosed) return Promise.reject(new Error("Galley is shutting down"));
  holder.galleyDatabase ??= openAppDatabase(databaseSettings()).catch((error: unknown) => {
    holder.galleyDatabase = undefined;
    throw error;
  });
  return holder.galleyDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/**
 * Closes the process's database for good, if it was opened, so that PGlite writes
 * everything out before the process ends; later calls to getDatabase() fail.
 */
export async function closeDatabase(): Promise<void> {
  holder.galleyDatabaseClosed = true;
  const opened = holder.galleyDatabase;
  holder.galleyDatabase = undefined;
  if (opened) await (await opened.catch(() => null))?.close();
}
