import { spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { DatabaseSettings } from "../lib/db/settings";
import { cliDatabaseSettings, openCliDatabase, PROJECT_ROOT } from "./database";
import { main } from "./main";

const SEED = fileURLToPath(new URL("../prisma/demo/seed-article.txt", import.meta.url));

async function galleyOn(
  settings: DatabaseSettings,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
  const code = await main(argv, io, {
    openDatabase: () => openCliDatabase(settings),
    databaseSettings: () => settings,
  });
  return { code, stdout, stderr };
}

/** Every file under a folder with its size and modification time, to see that nothing was touched. */
function snapshotOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const info = statSync(path.join(dir, name));
      return `${name} ${info.size} ${info.mtimeMs}`;
    });
}

/** A stand-in for a running Galley: some other live process. */
function otherProcess(): ChildProcess {
  return spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
}

describe("the database the CLI opens", () => {
  let folder: string;
  let dataDir: string;
  const settings = (): DatabaseSettings => ({ kind: "embedded", dataDir });

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "galley-cli-db-"));
    dataDir = path.join(folder, "pglite");
    // A migrated embedded database in a folder, as `npm start` leaves it.
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([await readFile(inject("pgliteSnapshot"))]) });
    await pglite.close();
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("is the app's: DATABASE_URL, else the embedded folder of the project, wherever the command runs", () => {
    expect(cliDatabaseSettings({ NODE_ENV: "test", DATABASE_URL: "postgresql://db.example/galley" })).toEqual({
      kind: "server",
      url: "postgresql://db.example/galley",
    });
    expect(cliDatabaseSettings({ NODE_ENV: "test" })).toEqual({
      kind: "embedded",
      dataDir: path.join(PROJECT_ROOT, ".data", "pglite"),
    });
    expect(cliDatabaseSettings({ NODE_ENV: "test", GALLEY_DATA_DIR: "/srv/galley" })).toEqual({
      kind: "embedded",
      dataDir: "/srv/galley",
    });
  });

  it("is opened under the lock, which is released when the command ends", async () => {
    const { code, stdout, stderr } = await galleyOn(settings(), "import", SEED, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: expect.any(Number) });
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    // A second process would find the lock free again, and the article is there.
    const exported = await galleyOn(
      settings(),
      "export",
      String((JSON.parse(stdout) as { id: number }).id),
      "--format",
      "txt",
    );
    expect(exported.stdout).toContain("Beach hotels, works of art and cannon fodder");
  });

  it("is refused, untouched, while the running Galley holds the lock", async () => {
    const server = otherProcess();
    try {
      writeFileSync(`${dataDir}.lock`, `${server.pid}\nserver\n`);
      const before = snapshotOf(dataDir);
      const { code, stdout, stderr } = await galleyOn(settings(), "import", SEED);
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toBe(
        `galley import: The embedded database is in use by the running Galley (pid ${server.pid}). Stop it, or use the API / set DATABASE_URL.\n`,
      );
      expect(snapshotOf(dataDir)).toEqual(before);
      expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${server.pid}\nserver\n`);

      writeFileSync(`${dataDir}.lock`, `${server.pid}\ncli\n`);
      expect(await galleyOn(settings(), "export", "1")).toMatchObject({
        code: 2,
        stderr: `galley export: The embedded database is in use by another galley command (pid ${server.pid}). Wait for it to finish, or set DATABASE_URL.\n`,
      });
    } finally {
      server.kill();
      rmSync(`${dataDir}.lock`, { force: true });
    }
  });

  it("takes over the lock of a Galley that died without releasing it", async () => {
    const server = otherProcess();
    await new Promise((resolve) => server.on("spawn", resolve));
    writeFileSync(`${dataDir}.lock`, `${server.pid}\nserver\n`);
    server.kill("SIGKILL");
    await new Promise((resolve) => server.on("exit", resolve));
    expect(await galleyOn(settings(), "export", "1", "--format", "txt")).toMatchObject({ code: 0 });
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("is refused when `npm start` has not created it yet, creating nothing", async () => {
    const missing = path.join(folder, "never-started");
    const { code, stderr } = await galleyOn({ kind: "embedded", dataDir: missing }, "export", "1");
    expect(code).toBe(2);
    expect(stderr).toBe(
      `galley export: There is no database in ${path.relative(process.cwd(), missing)} yet. Run \`npm start\` once to create it, or set DATABASE_URL.\n`,
    );
    expect(existsSync(missing)).toBe(false);
    mkdirSync(missing);
    expect(await galleyOn({ kind: "embedded", dataDir: missing }, "export", "1")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("There is no database in"),
    });
    expect(readdirSync(missing)).toEqual([]);
    expect(existsSync(`${missing}.lock`)).toBe(false);
  });

  it("is refused while a migration is missing, and the lock is released", async () => {
    const pglite = await PGlite.create(dataDir);
    const [latest] = (
      await pglite.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1",
      )
    ).rows;
    await pglite.query("DELETE FROM _prisma_migrations WHERE migration_name = $1", [latest?.migration_name]);
    await pglite.close();
    const { code, stderr } = await galleyOn(settings(), "export", "1");
    expect(code).toBe(2);
    expect(stderr).toBe(
      `galley export: The database in ${path.relative(process.cwd(), dataDir)} lacks 1 migration(s) of this version of Galley (${latest?.migration_name}). Run \`npm start\` once: it applies them.\n`,
    );
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("says so when the PostgreSQL server can't be reached, without echoing the URL", async () => {
    const { code, stderr } = await galleyOn(
      { kind: "server", url: "postgresql://someone:secret@127.0.0.1:1/galley" },
      "export",
      "1",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^galley export: Cannot read the PostgreSQL server at 127\.0\.0\.1:1: /u);
    expect(stderr).not.toContain("secret");
  });
});
