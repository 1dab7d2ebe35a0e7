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
  /** The embedded database itself, for what Prisma cannot do (a dump); absent on a server. */
  pglite?: PGlite;
  /** LISTENs on a channel on a connection of its own; resolves to the way to stop. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const RELISTEN_DELAY_MS = 1000;
const MAX_RELISTEN_DELAY_MS = 60_000;

/**
 * LISTEN needs a connection that stays open and outside any pool. If the server drops
 * it, listening resumes on a new one; changes made in between are missed, which the
 * browsers' own saves still catch as version conflicts.
 */
async function listenOnServer(url: string, channel: string, onPayload: (payload: string) => void) {
  let stopped = false;
  let client: pg.Client | undefined;
  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on("error", () => {
      next.end().catch(() => undefined);
      if (!stopped) reconnect(RELISTEN_DELAY_MS);
    });
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    if (stopped) await next.end();
    else client = next;
  }
  // While the server stays down, try again less and less often, up to once a minute.
  function reconnect(delay: number): void {
    setTimeout(() => {
      if (stopped) return;
      connect().catch(() => reconnect(Math.min(delay * 2, MAX_RELISTEN_DELAY_MS)));
    }, delay).unref();
  }
  await connect();
  return async () => {
    stopped = true;
    await client?.end();
  };
}

export function prismaOnPGlite(pglite: PGlite): Db {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function prismaOnPool(pool: pg.Pool): Db {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.kind === "server") {
    // A server that does not answer within 10 s fails the query rather than holding the request.
    const pool = new pg.Pool({ connectionString: settings.url, connectionTimeoutMillis: 10_000 });
    let closing = false;
    // An idle connection the server ends (a restart, a terminated backend) leaves the pool,
    // which opens a new one on demand. Without a listener, pg rethrows and the process dies.
    pool.on("error", (error) => {
      if (!closing) console.warn(`[galley] the database ended an idle connection: ${error.message}`);
    });
    const db = prismaOnPool(pool);
    return {
      db,
      settings,
      listen: (channel, onPayload) => listenOnServer(settings.url, channel, onPayload),
      close: async () => {
        closing = true;
        await db.$disconnect();
        await pool.end();
      },
    };
  }
  mkdirSync(settings.dataDir, { recursive: true });
  const pglite = await PGlite.create(settings.dataDir);
  return embeddedDatabase(pglite, settings);
}

/** A database on an open PGlite, which serves LISTEN/NOTIFY within its one process. */
export function embeddedDatabase(pglite: PGlite, settings: DatabaseSettings): Database {
  const db = prismaOnPGlite(pglite);
  return {
    db,
    settings,
    pglite,
    listen: async (channel, onPayload) => pglite.listen(channel, onPayload),
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
