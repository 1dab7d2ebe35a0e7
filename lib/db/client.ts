import { openDatabase, type Database, type Db } from "./connect";
import { databaseSettings } from "./settings";

const holder = globalThis as typeof globalThis & { galleyDatabase?: Promise<Database> };

/**
 * The process's one database connection. It lives on `globalThis` so that dev reloads
 * and separate bundles never open the PGlite folder twice.
 */
export function getDatabase(): Promise<Database> {
  holder.galleyDatabase ??= openDatabase(databaseSettings());
  return holder.galleyDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
