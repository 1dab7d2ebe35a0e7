import { mkdirSync } from "node:fs";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseSettings } from "./settings";

// Catalog-only column types: `"char"` (18) and `name` (19).
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function catalogNamesAsText<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultLike | undefined)?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * Works around prisma/orm#27403: adapter-pg 6.19 cannot deserialize the catalog column
 * types `name` and `"char"`, so `migrate` fails; reporting them as `text` is lossless.
 */
class CatalogNameAsTextClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query;
CatalogNameAsTextClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const callbackAt = args.findIndex((arg) => typeof arg === "function");
  if (callbackAt >= 0) {
    const callback = args[callbackAt] as (error: Error | null, result: unknown) => void;
    args[callbackAt] = (error: Error | null, result: unknown) =>
      callback(error, error ? result : catalogNamesAsText(result));
    return (baseQuery as (...a: unknown[]) => unknown).apply(this, args);
  }
  const pending = (baseQuery as (...a: unknown[]) => unknown).apply(this, args);
  return pending instanceof Promise ? pending.then(catalogNamesAsText) : pending;
} as typeof baseQuery;

/**
 * The Prisma CLI never disposes its adapter and waits for Node's event loop to drain,
 * which an open PGlite never lets happen. So PGlite is closed whenever the CLI goes
 * quiet, and opened again, after the close has finished, if another query comes.
 */
function closedWhenIdle(dataDir: string, idleMs = 1000): PGlite {
  let open: PGlite | null = null;
  let closing: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  async function acquire(): Promise<PGlite> {
    inFlight += 1;
    clearTimeout(idleTimer);
    await closing;
    open ??= new PGlite(dataDir);
    return open;
  }

  function release() {
    inFlight -= 1;
    if (inFlight > 0) return;
    idleTimer = setTimeout(() => {
      const instance = open;
      open = null;
      if (instance) closing = instance.close();
    }, idleMs).unref();
  }

  const methods = ["query", "exec", "transaction"] as const;
  const forwarding = Object.fromEntries(
    methods.map((method) => [
      method,
      async (...args: unknown[]) => {
        const instance = await acquire();
        try {
          return await (instance[method] as (...a: unknown[]) => Promise<unknown>).apply(instance, args);
        } finally {
          release();
        }
      },
    ]),
  );
  return forwarding as unknown as PGlite;
}

/** The driver adapter that `prisma migrate` uses, chosen like the app's. */
export async function cliAdapter() {
  const settings = databaseSettings();
  if (settings.kind === "server") {
    // Discrete fields rather than a URL, so that the adapter's shadow database (for
    // `migrate dev`) can replace the database name; a URL would override it.
    return new PrismaPg({
      ...parseIntoClientConfig(settings.url),
      Client: CatalogNameAsTextClient,
      allowExitOnIdle: true,
    });
  }
  mkdirSync(settings.dataDir, { recursive: true });
  return new PrismaPGlite(closedWhenIdle(settings.dataDir));
}
