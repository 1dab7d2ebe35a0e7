import { mkdirSync } from "node:fs";
import pg from "pg";
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
    args[callbackAt] = (error: Error | null, result: unknown) => callback(error, error ? result : catalogNamesAsText(result));
    return (baseQuery as (...a: unknown[]) => unknown).apply(this, args);
  }
  const pending = (baseQuery as (...a: unknown[]) => unknown).apply(this, args);
  return pending instanceof Promise ? pending.then(catalogNamesAsText) : pending;
} as typeof baseQuery;

/**
 * The Prisma CLI never disposes its adapter and waits for Node's event loop to drain,
 * which an open PGlite never lets happen: close PGlite once the CLI has gone quiet.
 */
function closedWhenIdle(pglite: PGlite, idleMs = 1500): PGlite {
  let inFlight = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const tracked = new Set<PropertyKey>(["query", "exec", "transaction"]);
  return new Proxy(pglite, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (!tracked.has(property)) return value.bind(target);
      return async (...args: unknown[]) => {
        inFlight += 1;
        clearTimeout(idleTimer);
        try {
          return await value.apply(target, args);
        } finally {
          inFlight -= 1;
          if (inFlight === 0) idleTimer = setTimeout(() => void target.close(), idleMs).unref();
        }
      };
    },
  });
}

/** The driver adapter that the Prisma CLI (migrate, studio) uses, chosen like the app's. */
export async function cliAdapter() {
  const settings = databaseSettings();
  if (settings.kind === "server") {
    const pool = new pg.Pool({ connectionString: settings.url, Client: CatalogNameAsTextClient, allowExitOnIdle: true });
    return new PrismaPg(pool);
  }
  mkdirSync(settings.dataDir, { recursive: true });
  return new PrismaPGlite(closedWhenIdle(new PGlite(settings.dataDir)));
}
