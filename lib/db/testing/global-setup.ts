// Vitest global setup: migrate one PGlite and one PostgreSQL database with the real Prisma
// CLI, once per run; every test file then starts from a private copy of them.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { MIGRATIONS_DIR } from "../pending-migrations";
import { EMBEDDED_URL_PLACEHOLDER } from "../settings";
import { serverAdminUrl, serverUrlFor } from "./server-urls";

const CACHE_DIR = path.join(".data", "test-cache");

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) hash.update(name).update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")));
  return hash.digest("hex").slice(0, 16);
}

function migrateDeploy(env: Record<string, string>): Promise<void> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`)),
    );
  });
}

/** A gzipped PGlite data folder with every migration applied, cached by the migrations' hash. */
async function pgliteSnapshot(hash: string): Promise<string> {
  const snapshot = path.resolve(CACHE_DIR, `pglite-${hash}.tar.gz`);
  if (existsSync(snapshot)) return snapshot;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "galley-pglite-"));
  try {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    await migrateDeploy({
      ...(env as Record<string, string>),
      GALLEY_DATA_DIR: dataDir,
      DATABASE_URL: EMBEDDED_URL_PLACEHOLDER,
    });
    const pglite = await PGlite.create(dataDir);
    const dump = await pglite.dumpDataDir("gzip");
    await pglite.close();
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(snapshot, Buffer.from(await dump.arrayBuffer()));
    return snapshot;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A migrated PostgreSQL database that test files copy with CREATE DATABASE … TEMPLATE. */
async function postgresTemplate(): Promise<string> {
  const name = `galley_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  await migrateDeploy({ DATABASE_URL: serverUrlFor(name) });
  return name;
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const [snapshot, template] = await Promise.all([migrationsHash().then(pgliteSnapshot), postgresTemplate()]);
  project.provide("pgliteSnapshot", snapshot);
  project.provide("postgresTemplate", template);
  return () => dropDatabase(template);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}
