import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../lib/db/tokens/create-api-token";
import { exportArticle } from "../../lib/db/articles/export-article";
import { toolConnection } from "../../lib/db/backup/backup-database";
import { recordEvent } from "../../lib/db/audit/record-event";
import { openDatabase, type Database } from "../../lib/db/connect";
import { editSegment } from "../../lib/db/segments/edit-segment";
import { createSession } from "../../lib/db/sessions/create-session";
import type { DatabaseSettings } from "../../lib/db/settings";
import { seedSample } from "../../lib/db/testing/fixtures";
import { serverUrlFor } from "../../lib/db/testing/server-urls";
import { adminQuery } from "../../lib/db/testing/admin-query";
import { openTestDatabase, TEST_DATABASES } from "../../lib/db/testing/test-database";
import type { CliContext } from "../command";
import { runGalley } from "../testing/run-galley";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "galley-backup-"));
}

function exportBody(exported: Awaited<ReturnType<typeof exportArticle>>): string {
  if (!exported.ok) throw new Error(`export failed: ${exported.code}`);
  return exported.value.body;
}

/** Everything a restore must bring back, read the same way from either instance. */
async function snapshot(database: Database) {
  const { db } = database;
  const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return {
    exports: await Promise.all(
      articles.map(async ({ id }) => exportBody(await exportArticle(db, id, { format: "json" }))),
    ),
    users: await db.user.findMany({
      select: { email: true, name: true, role: true, passwordHash: true },
      orderBy: { email: "asc" },
    }),
    tokens: await db.apiToken.findMany({
      select: { name: true, tokenHash: true, userId: true },
      orderBy: { id: "asc" },
    }),
    sessions: await db.session.count(),
    events: await db.auditEvent.findMany({
      select: { action: true, articleId: true, details: true },
      orderBy: { id: "asc" },
    }),
    revisions: await db.segmentRevision.count(),
  };
}

// PGlite's pg_dump is WebAssembly: a backup takes seconds, more on a busy machine.
describe.each(TEST_DATABASES)("galley backup and restore on %s", { timeout: 120_000 }, (kind) => {
  let source: Database;
  const work = tempDir();

  beforeAll(async () => {
    source = await openTestDatabase(kind);
    const sample = await seedSample(source.db);
    const paragraph = sample.segments.find((segment) => segment.kind === "paragraph");
    if (!paragraph) throw new Error("the sample has a paragraph");
    await editSegment(
      source.db,
      { segmentId: paragraph.id, version: 1, text: "Moscow. There is one sentence here." },
      sample.alice.id,
    );
    await createApiToken(source.db, sample.alice.id, "script");
    await createSession(source.db, sample.bob.id);
    await recordEvent(source.db, {
      actorId: sample.bob.id,
      action: "article.export",
      articleId: sample.articleId,
      details: { format: "md", scope: "all", via: "test" },
    });
  });
  afterAll(async () => {
    await source?.close();
  });

  /** A new, empty instance of the same kind, to restore into. */
  async function emptyTarget(): Promise<{ settings: DatabaseSettings; drop(): Promise<void> }> {
    if (kind === "pglite")
      return { settings: { kind: "embedded", dataDir: join(tempDir(), "pglite") }, drop: async () => undefined };
    const name = `galley_test_restore_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    return {
      settings: { kind: "server", url: serverUrlFor(name) },
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }

  const contextFor = (settings: DatabaseSettings): CliContext => ({
    openDatabase: async () => ({ ...source, close: async () => undefined }),
    databaseSettings: () => settings,
  });

  it("restores a backup into an empty instance that exports the same articles and holds the same people, tokens and activity", async () => {
    const file = join(work, "whole.sql");
    const target = await emptyTarget();
    const backup = await runGalley(["backup", file], contextFor(target.settings));
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.stderr).toMatch(/^Wrote the whole instance to .*whole\.sql \([\d,]+ bytes\)\.\n$/u);
    expect(readFileSync(file, "utf8").startsWith("-- Galley backup")).toBe(true);

    const restore = await runGalley(["restore", file], contextFor(target.settings));
    expect(restore).toMatchObject({ code: 0 });
    const restored = await openDatabase(target.settings);
    try {
      const [before, after] = [await snapshot(source), await snapshot(restored)];
      expect(after.exports.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
    } finally {
      await restored.close();
      await target.drop();
    }
  });

  it("never restores over data, and refuses a file that is not a backup", async () => {
    const file = join(work, "twice.sql");
    const target = await emptyTarget();
    try {
      expect((await runGalley(["backup", file], contextFor(target.settings))).code).toBe(0);
      expect((await runGalley(["restore", file], contextFor(target.settings))).code).toBe(0);
      const again = await runGalley(["restore", file], contextFor(target.settings));
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/restores only into (a new instance|an empty database)/u);

      const other = join(work, "other.sql");
      writeFileSync(other, "DROP TABLE users;\n");
      const foreign = await runGalley(["restore", other], contextFor((await emptyTarget()).settings));
      expect(foreign.code).toBe(2);
      expect(foreign.stderr).toContain("is not a Galley backup");

      const cut = join(work, "cut.sql");
      writeFileSync(cut, readFileSync(file, "utf8").slice(0, -200));
      const cutShort = await runGalley(["restore", cut], contextFor((await emptyTarget()).settings));
      expect(cutShort.code).toBe(2);
      expect(cutShort.stderr).toContain("is not a whole backup");
    } finally {
      await target.drop();
    }
  });

  it("never replaces an existing file with a backup", async () => {
    const file = join(work, "taken.sql");
    writeFileSync(file, "keep me");
    const result = await runGalley(["backup", file], contextFor({ kind: "embedded", dataDir: join(work, "unused") }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("already exists");
    expect(readFileSync(file, "utf8")).toBe("keep me");
  });
});

describe("a backup that fails", () => {
  it("leaves no file behind, and says why", async () => {
    const file = join(tempDir(), "failed.sql");
    const missing: Database = {
      db: undefined as never,
      settings: { kind: "server", url: serverUrlFor(`galley_no_such_database_${randomBytes(4).toString("hex")}`) },
      listen: async () => async () => undefined,
      close: async () => undefined,
    };
    const context: CliContext = { openDatabase: async () => missing, databaseSettings: () => missing.settings };
    const result = await runGalley(["backup", file], context);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("pg_dump failed");
    expect(existsSync(file)).toBe(false);
  });

  it("hands the tools a password in their environment, never on their command line", () => {
    const connection = toolConnection("postgresql://galley:s%3Acret@db.example:5432/galley");
    expect(connection.url).toBe("postgresql://galley@db.example:5432/galley");
    expect(connection.env.PGPASSWORD).toBe("s:cret");
  });
});

describe("moving from the embedded database to a PostgreSQL server", { timeout: 120_000 }, () => {
  it("restores an embedded backup into an empty server database", async () => {
    const source = await openTestDatabase("pglite");
    const name = `galley_test_move_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const settings: DatabaseSettings = { kind: "server", url: serverUrlFor(name) };
    const context: CliContext = {
      openDatabase: async () => ({ ...source, close: async () => undefined }),
      databaseSettings: () => settings,
    };
    try {
      await seedSample(source.db);
      const file = join(tempDir(), "move.sql");
      expect((await runGalley(["backup", file], context)).code).toBe(0);
      const restore = await runGalley(["restore", file], context);
      expect(restore.stderr).toContain("Restored");
      const restored = await openDatabase(settings);
      try {
        expect(await snapshot(restored)).toEqual(await snapshot(source));
      } finally {
        await restored.close();
      }
    } finally {
      await source.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
