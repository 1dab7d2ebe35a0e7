import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "../../lib/db/articles/get-article";
import type { Database } from "../../lib/db/connect";
import { openTestDatabase, TEST_DATABASES } from "../../lib/db/testing/test-database";
import { readArticleFile } from "../../lib/import/import-file";
import { parsePlainText } from "../../lib/import/plain-text";
import { MAX_SEGMENT_LENGTH } from "../../lib/segmentation/limits";
import { segmentText } from "../../lib/segmentation/segment-text";
import { runGalley, sharedDatabaseContext } from "../testing/run-galley";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "prisma/demo/seed-article.txt");
const XLIFF_2 = join(ROOT, "lib/import/fixtures/article-2-0.xlf");
const XLIFF_1_2 = join(ROOT, "lib/import/fixtures/article-1-2.xlf");

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "galley-import-")), name);
  writeFileSync(path, content);
  return path;
}

describe.each(TEST_DATABASES)("galley import on %s", (kind) => {
  let database: Database;
  const context = sharedDatabaseContext(() => database);

  const galley = (...argv: string[]) => runGalley(argv, context);

  async function articleCount(): Promise<number> {
    return database.db.article.count();
  }

  async function importerOf(id: number): Promise<number | null | undefined> {
    return (await database.db.article.findUnique({ where: { id }, select: { importedById: true } }))?.importedById;
  }

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("imports the reference article as plain text and prints its id, address and segment count", async () => {
    const { code, stdout, stderr } = await galley("import", SEED, "--source-lang", "ca");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [, id, segments] =
      /^Imported seed-article\.txt as article (\d+), (\d+) segments: \/en\/articles\/(\d+)\n$/u.exec(stdout) ?? [];
    expect(stdout).toContain(`/en/articles/${id}\n`);
    const expected = segmentText(readFileSync(SEED, "utf8"), "en").pieces.length;
    expect(Number(segments)).toBe(expected);
    const article = await getArticle(database.db, Number(id));
    expect(article).toMatchObject({
      title: "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
      sourceLang: "ca",
      targetLang: "en",
      origin: "seed-article.txt",
    });
    expect(article?.segments).toHaveLength(expected);
    expect(await importerOf(Number(id))).toBeNull();
    // The checks ran on import.
    expect(
      await database.db.finding.count({ where: { articleId: Number(id), check: "fused-words", text: "homelandThe" } }),
    ).toBe(1);
  });

  it("imports XLIFF 2.0 with --json, keeping ids, states and sources, as the --as account and with --origin", async () => {
    const email = `importer-${kind}@example.test`;
    const user = await database.db.user.create({ data: { name: "Importer", email, role: "admin" } });
    const { code, stdout } = await galley(
      "import",
      XLIFF_2,
      "--json",
      "--as",
      email.toUpperCase(),
      "--origin",
      "cms://story/42",
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { id: number; segments: number };
    expect(Object.keys(result)).toEqual(["id", "segments"]);
    expect(result.segments).toBe(9);
    const article = await getArticle(database.db, result.id);
    expect(article).toMatchObject({ sourceLang: "ca", targetLang: "en", origin: "cms://story/42" });
    expect(await importerOf(result.id)).toBe(user.id);
    const segments = await database.db.segment.findMany({
      where: { articleId: result.id },
      orderBy: { position: "asc" },
      take: 3,
    });
    expect(segments.map((segment) => [segment.externalId, segment.status, segment.sourceText])).toEqual([
      ["kicker/1", "approved", "Rússia"],
      ["title/1", "new", "Hotels de platja, obres d'art i carn de canó: així sedueixen els russos Corea del Nord"],
      [
        "standfirst/1",
        "edited",
        "La primera exposició de pintura nord-coreana a Moscou agraeix al Kremlin la creixent aliança entre els dos països.",
      ],
    ]);
  });

  it("stores every text exactly as read, whatever characters it holds", async () => {
    const lines = [
      "NULL",
      '"Quoted", she said \\ and {braces, commas}',
      "A tab\there and  two spaces",
      "Emoji 👩‍💻 and RTL: مرحبا بالعالم.",
      "x".repeat(MAX_SEGMENT_LENGTH),
      "'",
    ];
    const text = `${lines.join("\n\n")}\n`;
    const path = tempFile("odd.txt", text);
    const { code, stdout } = await galley("import", path, "--json");
    expect(code).toBe(0);
    const { id } = JSON.parse(stdout) as { id: number };
    const expected = parsePlainText(text, { origin: "odd.txt", targetLang: "en" });
    const stored = await database.db.segment.findMany({ where: { articleId: id }, orderBy: { position: "asc" } });
    expect(stored.map((segment) => [segment.gapBefore, segment.text, segment.mtText, segment.kind])).toEqual(
      expected.segments.map((segment) => [segment.gapBefore, segment.text, segment.text, segment.kind]),
    );
  });

  it("stores the formatting hints of XLIFF inline codes as JSON", async () => {
    const { stdout } = await galley("import", XLIFF_2, "--json");
    const { id } = JSON.parse(stdout) as { id: number };
    const draft = readArticleFile({ bytes: readFileSync(XLIFF_2), fileName: "article-2-0.xlf" });
    if (!draft.ok) throw new Error(draft.code);
    const stored = await database.db.segment.findMany({
      where: { articleId: id },
      orderBy: { position: "asc" },
      select: { hints: true },
    });
    expect(stored.map((segment) => segment.hints)).toEqual(
      draft.value.segments.map((segment) => (segment.hints?.length ? segment.hints : null)),
    );
    expect(stored.some((segment) => Array.isArray(segment.hints) && segment.hints.length > 0)).toBe(true);
  });

  it("imports XLIFF 1.2, whose languages win over --target-lang", async () => {
    const { code, stdout } = await galley("import", XLIFF_1_2, "--json", "--target-lang", "fr");
    expect(code).toBe(0);
    const { id, segments } = JSON.parse(stdout) as { id: number; segments: number };
    expect(segments).toBe(8);
    expect(await getArticle(database.db, id)).toMatchObject({
      sourceLang: "ca",
      targetLang: "en",
      origin: "article-1-2.xlf",
    });
  });

  it("reports malformed XML with its line and column, and stores nothing", async () => {
    const before = await articleCount();
    const path = tempFile(
      "broken.xlf",
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en">\n  <file id="f"><unit id="u1"><segment><source>Hola</source><target>Hello</targt>\n',
    );
    const { code, stdout, stderr } = await galley("import", path);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(`galley import: ${path}: The XML is malformed at line 3, column 80: unexpected close tag.\n`);
    expect(await articleCount()).toBe(before);
  });

  it.each([
    [
      "an unknown format",
      () => tempFile("notes.docx", "Some text"),
      "Galley can't tell what kind of file this is. Use a .txt, .md, .html, .xlf or .json file.",
    ],
    ["an empty file", () => tempFile("empty.txt", ""), "The file is empty."],
    [
      "a binary file",
      () => tempFile("image.txt", new Uint8Array([0x50, 0x4e, 0x47, 0, 0, 0x1a, 0x0a])),
      "This is not a text file. Galley imports plain text, Markdown, HTML, XLIFF and Galley JSON.",
    ],
    [
      "a DTD",
      () =>
        tempFile(
          "evil.xlf",
          '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0"/>',
        ),
      "The file declares a DTD (line 2, column 58). Galley refuses DTDs so that no external entity is ever read.",
    ],
    [
      "an XLIFF version it doesn't read",
      () => tempFile("old.xlf", '<xliff version="2.0.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file/></xliff>'),
      "Galley reads XLIFF 1.2 (and 1.1) and 2.0, 2.1 and 2.2; this file is version 2.0.1.",
    ],
    [
      "an invalid language",
      () => tempFile("article.txt", "A headline\n\nA paragraph."),
      "“en_GB” is not a language code Galley knows. Use a BCP 47 code such as ca, es or en.",
      ["--target-lang", "en_GB"],
    ],
    [
      "a target language of !! beside an XLIFF file's own",
      () => XLIFF_2,
      "“!!” is not a language code Galley knows. Use a BCP 47 code such as ca, es or en.",
      ["--target-lang", "!!"],
    ],
    [
      "a segment over the limit",
      () => tempFile("long.txt", `A headline\n\n${"word ".repeat(1_100)}end`),
      "Segment 2 (line 3), which starts “word word word word word word word word word word word word…”, is 5,503 characters long; a segment can hold at most 5,000. Split it into sentences or paragraphs first. Nothing was imported.",
    ],
    [
      "XLIFF nested 200,000 elements deep",
      () =>
        tempFile(
          "deep.xlf",
          `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">${"<pc>".repeat(200_000)}`,
        ),
      "The file nests its elements more than 256 levels deep, which no article does. Is it the right file?",
    ],
    [
      "pathological Markdown",
      () => tempFile("stars.md", "*a_".repeat(10_000)),
      "The Markdown has far more emphasis, link or list marks than any article around line 1, and reading it would hold Galley up. Nothing was imported. Is it the right file?",
    ],
  ])(
    "refuses %s with the app's message and exit code 2, storing nothing",
    async (_name, file, message, extra: string[] = []) => {
      const before = await articleCount();
      const path = file();
      const { code, stderr } = await galley("import", path, ...extra);
      expect(code).toBe(2);
      expect(stderr).toBe(`galley import: ${path}: ${message}\n`);
      expect(await articleCount()).toBe(before);
    },
  );

  it("refuses a file over the size limit before reading it", async () => {
    const previous = process.env.GALLEY_MAX_IMPORT_BYTES;
    process.env.GALLEY_MAX_IMPORT_BYTES = "10";
    try {
      const path = tempFile("long.txt", "A headline that is longer than ten bytes");
      expect(await galley("import", path)).toMatchObject({
        code: 2,
        stderr: `galley import: ${path}: The file is 40 bytes; Galley takes files up to 10 bytes.\n`,
      });
    } finally {
      if (previous === undefined) delete process.env.GALLEY_MAX_IMPORT_BYTES;
      else process.env.GALLEY_MAX_IMPORT_BYTES = previous;
    }
  });

  it.each([
    [["import", "/no/such/article.txt"], "galley import: no such file: /no/such/article.txt\n"],
    [["import", ROOT], `galley import: ${ROOT} is a directory, not a file\n`],
    [
      ["import", SEED, "--as", "nobody@example.test"],
      "galley import: --as nobody@example.test: That person is not in Galley.\n",
    ],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const before = await articleCount();
    expect(await galley(...argv)).toEqual({ code: 2, stdout: "", stderr: message });
    expect(await articleCount()).toBe(before);
  });

  it("keeps a Galley JSON file's authors as named, and links them to accounts only with --link-authors", async () => {
    const { id } = await database.db.user.create({
      data: { name: "Bob", email: `bob-cli-${kind}@example.test`, role: "editor" },
    });
    const revision = {
      version: 1,
      action: "edit",
      author: { name: "Someone", email: `bob-cli-${kind}@example.test` },
      textBefore: "Helo.",
      textAfter: "Hello.",
      statusBefore: "new",
      statusAfter: "edited",
      kindBefore: "paragraph",
      kindAfter: "paragraph",
      comment: null,
      overridden: null,
      createdAt: "2025-11-12T09:30:00.000Z",
    };
    const segment = {
      block: 0,
      kind: "paragraph",
      gapBefore: "",
      mtText: "Helo.",
      text: "Hello.",
      sourceText: null,
      status: "edited",
      externalId: null,
      hints: [],
      revisions: [revision],
    };
    const path = tempFile(
      "history.json",
      JSON.stringify({
        format: "galley-article",
        version: 1,
        title: "Hello",
        sourceLang: null,
        targetLang: "en",
        origin: "x",
        trailingText: "\n",
        segments: [segment],
      }),
    );
    const authorOf = async (stdout: string) => {
      const articleId = (JSON.parse(stdout) as { id: number }).id;
      return (await database.db.segmentRevision.findFirstOrThrow({ where: { segment: { articleId } } })).authorId;
    };
    expect(await authorOf((await galley("import", path, "--json")).stdout)).toBeNull();
    expect(await authorOf((await galley("import", path, "--json", "--link-authors")).stdout)).toBe(id);
  });

  it("shows the usage for argument mistakes and on --help", async () => {
    expect(await galley("import")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^galley import: missing FILE\n\nUsage: galley import FILE/u),
    });
    expect(await galley("import", SEED, "--frobnicate")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--frobnicate'"),
    });
    expect(await galley("import", "--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("--as EMAIL") });
    expect(await galley("import", "--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("--link-authors"),
    });
  });
});
