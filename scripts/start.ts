// `npm start`: migrate, load the demo article, build when the sources changed, then serve.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../lib/config/config";
import { openDatabase } from "../lib/db/connect";
import { acquireEmbeddedLock, INHERITED_LOCK_ENV } from "../lib/db/embedded-lock";
import { recheckArticlesIfChanged } from "../lib/db/findings/recheck-articles";
import { pendingMigrations } from "../lib/db/pending-migrations";
import { seedDemo } from "../lib/db/seed-demo";
import { needsFirstAdmin } from "../lib/db/users/create-first-admin";
import { databaseSettings, EMBEDDED_URL_PLACEHOLDER } from "../lib/db/settings";

const { values: flags } = parseArgs({ options: { dev: { type: "boolean", default: false } } });
// A bad setting stops the start here, before anything is migrated or built, with the reason.
const config = readConfig();
if (!config.ok) {
  console.error("[galley] Galley did not start: fix these settings in its environment.");
  for (const problem of config.problems) console.error(`[galley]   ${problem}`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const port = String(config.config.PORT);

function log(message: string) {
  console.log(`[galley] ${message}`);
}

function runNode(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], {
    stdio: "inherit",
    env: { ...env, DATABASE_URL: process.env.DATABASE_URL || EMBEDDED_URL_PLACEHOLDER },
  });
  if (result.status !== 0) {
    log(`${path.basename(script)} ${args.join(" ")} failed.`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Holds the embedded database's lock for as long as Galley runs. The migrations and the
 * server are this process's children and open the folder one after the other, so they
 * share the lock through the environment; anyone else (`galley import`) is refused.
 */
function lockEmbeddedDatabase(dataDir: string) {
  const taken = acquireEmbeddedLock(dataDir, { purpose: "server", env: {} });
  if (!taken.ok) {
    const who = taken.holder.purpose === "cli" ? "a galley command" : "another Galley";
    log(
      `The embedded database in ${path.relative(process.cwd(), dataDir)} is in use by ${who} (pid ${taken.holder.pid}). Stop it first, or set GALLEY_DATA_DIR to another folder.`,
    );
    process.exit(1);
  }
  env[INHERITED_LOCK_ENV] = String(process.pid);
}

async function prepareDatabase() {
  const settings = databaseSettings();
  log(
    settings.kind === "embedded"
      ? `Embedded database (PGlite) in ${path.relative(process.cwd(), settings.dataDir)}`
      : "PostgreSQL server from DATABASE_URL",
  );
  if (settings.kind === "embedded") lockEmbeddedDatabase(settings.dataDir);
  let database = await openDatabase(settings);
  const pending = await pendingMigrations(database.db);
  if (pending.length > 0) {
    await database.close();
    log(`Applying ${pending.length} migration(s)…`);
    runNode(require.resolve("prisma/build/index.js"), ["migrate", "deploy"]);
    database = await openDatabase(settings);
  }
  try {
    const seeded = await seedDemo(database.db, {
      demoUsers: settings.kind === "embedded",
      demoPassword: process.env.GALLEY_DEMO_PASSWORD || undefined,
    });
    if (seeded.articleId === null) log("The demo article was deleted by an admin; it stays deleted.");
    else
      log(
        seeded.articleCreated
          ? `Imported the demo article (#${seeded.articleId}).`
          : `The demo article is already there (#${seeded.articleId}).`,
      );
    if (seeded.credentials.length > 0) {
      log("Demo accounts, shown this once (change a password on its profile: click your name at the top):");
      for (const { email, role, password } of seeded.credentials)
        log(`  ${role.padEnd(10)} ${email.padEnd(26)} ${password}`);
    }
    if (settings.kind === "server" && (await needsFirstAdmin(database.db)))
      log("No one can sign in yet: open Galley in a browser to create the first admin.");
    const rechecked = await recheckArticlesIfChanged(database.db, await hashOf(["lib/checks", "package-lock.json"]));
    if (rechecked > 0) log(`Checked ${rechecked} article(s) with the current checks.`);
  } finally {
    await database.close();
  }
}

const BUILD_INPUTS = [
  "app",
  "lib",
  "messages",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "global.d.ts",
  "tsconfig.json",
  "package-lock.json",
];
const BUILD_STAMP = path.join(".next", "galley-build-inputs");

async function filesUnder(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const children = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!children) return [entry];
  const nested = await Promise.all(
    children
      .filter((child) => child.name !== "generated" && !child.name.endsWith(".test.ts"))
      .map((child) => filesUnder(path.join(entry, child.name))),
  );
  return nested.flat();
}

/** A hash of the files under the given paths, to notice when any of them changed. */
async function hashOf(paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(paths.map(filesUnder))).flat().sort();
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest("hex");
}

async function buildIfNeeded() {
  const inputs = await hashOf(BUILD_INPUTS);
  const stamp = await readFile(BUILD_STAMP, "utf8").catch(() => "");
  if (stamp === inputs && existsSync(path.join(".next", "BUILD_ID"))) {
    log("The build is up to date.");
    return;
  }
  log("Building the app (first run, or the sources changed)…");
  runNode(require.resolve("next/dist/bin/next"), ["build"]);
  await writeFile(BUILD_STAMP, inputs);
}

function serve(command: "start" | "dev") {
  log(`Serving on http://localhost:${port}`);
  // Production runs Galley's own server (scripts/serve.ts); development, Next's with hot reload.
  const args =
    command === "start"
      ? ["--import", "tsx", path.join("scripts", "serve.ts")]
      : [require.resolve("next/dist/bin/next"), "dev", "--port", port];
  const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...env, PORT: port } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

await prepareDatabase();
if (flags.dev) {
  serve("dev");
} else {
  await buildIfNeeded();
  serve("start");
}
