import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./connect";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");

/** Migrations in prisma/migrations that the database has not finished applying. */
export async function pendingMigrations(db: Db, root = process.cwd()): Promise<string[]> {
  const entries = await readdir(path.join(root, MIGRATIONS_DIR), { withFileTypes: true });
  const available = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const [{ exists } = { exists: false }] = await db.$queryRaw<
    { exists: boolean }[]
  >`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`;
  if (!exists) return available;
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((row) => row.migration_name));
  return available.filter((name) => !done.has(name));
}
