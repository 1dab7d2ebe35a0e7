import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/connect";
import { openTestDatabase, TEST_DATABASES } from "../../lib/db/testing/test-database";
import { runGalley, sharedDatabaseContext } from "../testing/run-galley";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "prisma/demo/seed-article.txt");
const XLIFF_2 = join(ROOT, "lib/import/fixtures/article-2-0.xlf");
const HEADLINE = "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "galley-export-"));
}

describe.each(TEST_DATABASES)("galley export on %s", (kind) => {
  let database: Database;
  let seedId: number;
  const context = sharedDatabaseContext(() => database);

  const galley = (...argv: string[]) => runGalley(argv, context);

  async function imported(...argv: string[]): Promise<number> {
    const { code, stdout, stderr } = await galley("import", ...argv, "--json");
    if (code !== 0) throw new Error(stderr);
    return (JSON.parse(stdout) as { id: number }).id;
  }

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    seedId = await imported(SEED, "--source-lang", "ca");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("writes Markdown to standard output by default, every segment marked with its status", async () => {
    const { code, stdout, stderr } = await galley("export", String(seedId));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.split("\n")[0]).toBe(`# [new] ${HEADLINE}`);
    expect(stdout).toContain("[new] It is estimated that Kim Jong-un");
    // Page chrome stays out.
    expect(stdout).not.toMatch(/^Russia$/mu);
  });

  it("refuses --scope approved while nothing is approved, with exit code 2 and no output", async () => {
    const { code, stdout, stderr } = await galley("export", String(seedId), "--scope", "approved");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^galley export: article \d+: Nothing in this article is approved yet/u);
  });

  it("exports only the approved segments with --scope approved", async () => {
    const segments = await database.db.segment.findMany({
      where: { articleId: seedId, kind: { in: ["headline", "standfirst"] } },
      select: { id: true, text: true },
    });
    await database.db.segment.updateMany({
      where: { id: { in: segments.map((segment) => segment.id) } },
      data: { status: "approved" },
    });
    const { code, stdout } = await galley("export", String(seedId), "--scope", "approved", "--format", "txt");
    expect(code).toBe(0);
    expect(stdout.trim().split(/\n+/u)).toEqual([
      HEADLINE,
      "The first North Korean painting exhibition in Moscow thanks the Kremlin for the growing alliance between the two countries.",
    ]);
  });

  it("writes to --output, refuses to overwrite it without --force, and replaces it with --force", async () => {
    const file = join(tempDir(), "article.html");
    const first = await galley("export", String(seedId), "--format", "html", "--output", file);
    expect(first).toEqual({
      code: 0,
      stdout: "",
      stderr: `Wrote article ${seedId} as html (all segments) to ${file}\n`,
    });
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/u);
    expect(html).toContain(`<h1>`);

    writeFileSync(file, "someone's work");
    expect(await galley("export", String(seedId), "-o", file)).toEqual({
      code: 2,
      stdout: "",
      stderr: `galley export: ${file} already exists; add --force to replace it\n`,
    });
    expect(readFileSync(file, "utf8")).toBe("someone's work");

    expect(await galley("export", String(seedId), "-o", file, "--force")).toMatchObject({ code: 0 });
    expect(readFileSync(file, "utf8")).toBe((await galley("export", String(seedId))).stdout);
    expect(readFileSync(file, "utf8")).toMatch(/^# .*Beach hotels/u);
  });

  it("round-trips an article through Galley JSON: export, import, export again", async () => {
    const xliffId = await imported(XLIFF_2);
    await database.db.segment.updateMany({
      where: { articleId: xliffId, position: 1 },
      data: { text: "Beach hotels, art and cannon fodder", status: "edited" },
    });
    const file = join(tempDir(), "article.galley.json");
    expect(await galley("export", String(xliffId), "--format", "json", "--output", file)).toMatchObject({
      code: 0,
      stderr: expect.stringContaining("(the whole article)"),
    });
    const json = JSON.parse(readFileSync(file, "utf8")) as { format: string; segments: unknown[] };
    expect(json.format).toBe("galley-article");
    expect(json.segments).toHaveLength(9);

    const copyId = await imported(file);
    expect(copyId).not.toBe(xliffId);
    for (const format of ["json", "xliff2", "md"]) {
      const original = await galley("export", String(xliffId), "--format", format);
      const copy = await galley("export", String(copyId), "--format", format);
      expect(copy.stdout).toBe(original.stdout);
    }
    expect((await galley("export", String(copyId))).stdout).toContain("[edited] Beach hotels, art and cannon fodder");
  });

  it("records the export in the activity log, made by nobody", async () => {
    const before = await database.db.auditEvent.count({ where: { articleId: seedId, action: "article.export" } });
    await galley("export", String(seedId), "--format", "xliff12");
    const events = await database.db.auditEvent.findMany({
      where: { articleId: seedId, action: "article.export" },
      orderBy: { id: "desc" },
    });
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({ actorId: null, details: { format: "xliff12", scope: "all", via: "cli" } });
  });

  it("records the export as made by the account --as names, and refuses an unknown one without exporting", async () => {
    const editor = await database.db.user.create({
      data: { name: "Eda", email: `eda-${kind}@example.test`, role: "editor" },
    });
    const { code } = await galley("export", String(seedId), "--as", editor.email.toUpperCase());
    expect(code).toBe(0);
    const [latest] = await database.db.auditEvent.findMany({
      where: { articleId: seedId, action: "article.export" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(latest?.actorId).toBe(editor.id);

    const refused = await galley("export", String(seedId), "--as", "nobody@example.test");
    expect(refused).toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining("--as nobody@example.test:"),
    });
  });

  it.each([
    [["export", "999999"], "galley export: article 999999: This article doesn't exist, or it was deleted.\n"],
    [["export", "12abc"], /^galley export: "12abc" is not an article id/u],
    [["export", "0"], /^galley export: "0" is not an article id/u],
    [
      ["export", "1", "--format", "docx"],
      /^galley export: --format: "docx" is not one of md, html, txt, xliff2, xliff12, json\n\nUsage:/u,
    ],
    [["export", "1", "--scope", "some"], /^galley export: --scope: "some" is not one of all, approved\n/u],
    [["export", "1", "--force"], /^galley export: --force only applies with --output\n/u],
    [["export"], /^galley export: missing ID\n/u],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const { code, stdout, stderr } = await galley(...argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    if (typeof message === "string") expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
  });

  it("writes nothing when the article doesn't exist or the folder is missing", async () => {
    const dir = tempDir();
    expect(await galley("export", "999999", "-o", join(dir, "out.md"))).toMatchObject({ code: 2 });
    expect(existsSync(join(dir, "out.md"))).toBe(false);
    const nowhere = join(dir, "missing", "out.md");
    expect(await galley("export", String(seedId), "-o", nowhere)).toEqual({
      code: 2,
      stdout: "",
      stderr: `galley export: cannot write ${nowhere}: its folder does not exist\n`,
    });
  });

  it("shows its options on --help", async () => {
    expect(await galley("export", "--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("md, html, txt, xliff2, xliff12, json (default: md)"),
    });
  });
});
