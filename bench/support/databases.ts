import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../lib/db/connect";
import { EMBEDDED_URL_PLACEHOLDER } from "../../lib/db/settings";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

function migrate(env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}${result.stderr}`);
}

export interface BenchDatabase {
  /** GALLEY_DATA_DIR or DATABASE_URL, for a server started on the same data. */
  env: Record<string, string>;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

/** A migrated PGlite folder of its own, removed afterwards. */
export function embeddedBenchDatabase(): BenchDatabase {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "galley-bench-"));
  const env = { GALLEY_DATA_DIR: dataDir, DATABASE_URL: EMBEDDED_URL_PLACEHOLDER };
  migrate(env);
  return {
    env: { GALLEY_DATA_DIR: dataDir, DATABASE_URL: "" },
    open: () => openDatabase({ kind: "embedded", dataDir }),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A migrated database of its own on the PostgreSQL server, dropped afterwards. */
export async function serverBenchDatabase(): Promise<BenchDatabase> {
  const admin = new URL(process.env.GALLEY_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = `galley_bench_${process.pid}`;
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await query(`DROP DATABASE IF EXISTS ${name}`);
  await query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  migrate({ DATABASE_URL: url.toString() });
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ kind: "server", url: url.toString() }),
    remove: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
