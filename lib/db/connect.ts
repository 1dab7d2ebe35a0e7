import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "./generated/client";
import type { DatabaseSettings } from "./settings";

export type Db = PrismaClient;

/** The client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** An open database: the Prisma client, and how to close everything under it. */
export interface Database {
  db: Db;
  settings: DatabaseSettings;
  close(): Promise<void>;
}

export function prismaOnPGlite(pglite: PGlite): Db {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function prismaOnPool(pool: pg.Pool): Db {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.kind === "server") {
    const pool = new pg.Pool({ connectionString: settings.url });
    const db = prismaOnPool(pool);
    return { db, settings, close: async () => { await db.$disconnect(); await pool.end(); } };
  }
  mkdirSync(settings.dataDir, { recursive: true });
  const pglite = await PGlite.create(settings.dataDir);
  const db = prismaOnPGlite(pglite);
  return { db, settings, close: async () => { await db.$disconnect(); await pglite.close(); } };
}
