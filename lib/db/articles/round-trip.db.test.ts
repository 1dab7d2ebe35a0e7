import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../import/article-draft";
import { readArticleFile } from "../../import/import-file";
import { parsePlainText } from "../../import/plain-text";
import type { Database } from "../connect";
import { dismissFinding } from "../findings/dismiss-finding";
import { listFindings } from "../findings/list-findings";
import { approveSegment } from "../segments/approve-segment";
import { editSegment } from "../segments/edit-segment";
import { rejectSegment } from "../segments/reject-segment";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { seedSample } from "../testing/fixtures";
import { exportArticle } from "./export-article";
import { importArticle } from "./import-article";
import { importArticleFile } from "./import-article-file";

const fixture = (name: string) => readFileSync(new URL(`../../import/fixtures/${name}`, import.meta.url));
const SEED = readFileSync(new URL("../../../prisma/demo/seed-article.txt", import.meta.url), "utf8");
const encode = (text: string) => new TextEncoder().encode(text);

function draftOf(bytes: Uint8Array, fileName: string): ArticleDraft {
  const read = readArticleFile({ bytes, fileName });
  if (!read.ok) throw new Error(`expected ${fileName} to read, got ${read.code}`);
  return read.value;
}

/** What a bilingual round trip must keep of every segment. */
function bilingualView(draft: ArticleDraft) {
  return draft.segments.map((segment) => ({
    id: segment.externalId,
    source: segment.sourceText,
    text: segment.currentText ?? segment.text,
    status: segment.status,
    kind: segment.kind,
  }));
}

describe.each(TEST_DATABASES)("round trips through %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function exported(
    articleId: number,
    format: "xliff2" | "xliff12" | "json" | "txt",
    scope: "all" | "approved" = "all",
  ): Promise<string> {
    const file = await exportArticle(database.db, articleId, { format, scope });
    if (!file.ok) throw new Error(`article ${articleId}: ${file.code}`);
    return file.value.body;
  }

  it.each([
    ["XLIFF 2.0", "article-2-0.xlf", "xliff2"],
    ["XLIFF 1.2", "article-1-2.xlf", "xliff12"],
  ] as const)(
    "%s: import, export, import again keeps the segments, ids, source and states",
    async (_name, file, format) => {
      const first = draftOf(fixture(file), file);
      const { id } = await importArticle(database.db, first);
      const again = draftOf(encode(await exported(id, format)), `again.xlf`);

      expect(again).toMatchObject({ sourceLang: first.sourceLang, targetLang: first.targetLang, title: first.title });
      expect(bilingualView(again)).toEqual(bilingualView(first));
      expect(new Set(again.segments.map((segment) => segment.status)).size).toBeGreaterThan(1);
    },
  );

  it("XLIFF: a reviewer's edit and approval in Galley travel out and back in", async () => {
    const { id } = await importArticle(database.db, draftOf(fixture("article-2-0.xlf"), "article-2-0.xlf"));
    const editor = await database.db.user.create({
      data: { name: "Eve", email: `eve-${id}-${kind}@example.test`, role: "editor" },
    });
    const headline = await database.db.segment.findFirstOrThrow({
      where: { articleId: id, externalId: { startsWith: "title" } },
    });
    const edited = await editSegment(
      database.db,
      { segmentId: headline.id, version: headline.version, text: "Beach hotels and cannon fodder" },
      editor.id,
    );
    if (!edited.ok) throw new Error(edited.code);
    expect(
      (await approveSegment(database.db, { segmentId: headline.id, version: edited.value.version }, editor.id)).ok,
    ).toBe(true);

    const again = draftOf(encode(await exported(id, "xliff2")), "again.xlf");
    const title = again.segments.find((segment) => segment.externalId === headline.externalId);
    expect(title).toMatchObject({
      currentText: "Beach hotels and cannon fodder",
      status: "approved",
      text: headline.mtText,
    });
  });

  it("Galley JSON keeps everything: texts, statuses, ids, hints and the history with its authors", async () => {
    const { articleId, alice, bob, segments } = await seedSample(database.db);
    const [, , standfirst, , moscow] = segments;
    if (!standfirst || !moscow) throw new Error("sample too short");
    const edited = await editSegment(
      database.db,
      { segmentId: moscow.id, version: moscow.version, text: "Moscow. There is one sentence here." },
      alice.id,
    );
    if (!edited.ok) throw new Error(edited.code);
    expect(
      (await approveSegment(database.db, { segmentId: moscow.id, version: edited.value.version }, bob.id)).ok,
    ).toBe(true);
    expect(
      (
        await rejectSegment(
          database.db,
          { segmentId: standfirst.id, version: standfirst.version, comment: "Too vague" },
          bob.id,
        )
      ).ok,
    ).toBe(true);

    const json = await exported(articleId, "json");
    const imported = await importArticleFile(database.db, { bytes: encode(json), fileName: "copy.galley.json" });
    if (!imported.ok) throw new Error(imported.code);
    const copy = await exported(imported.value.id, "json");

    expect(copy).toBe(json);
    const parsed = JSON.parse(copy) as {
      segments: { status: string; revisions: { author: { email: string } | null; comment: string | null }[] }[];
    };
    expect(parsed.segments.map((segment) => segment.status)).toContain("rejected");
    expect(parsed.segments.flatMap((segment) => segment.revisions).map((revision) => revision.author?.email)).toEqual(
      expect.arrayContaining([alice.email, bob.email]),
    );
  });

  it.each([
    ["keeping the decider's name", false, null],
    ["by the same account when the import links authors", true, { name: "Bob" }],
  ])("Galley JSON carries dismissed findings: they come back dismissed, %s", async (_, linkAuthors, dismissedBy) => {
    const { articleId, bob } = await seedSample(database.db);
    const [finding] = await listFindings(database.db, articleId);
    if (!finding) throw new Error("the sample has no finding");
    expect((await dismissFinding(database.db, { findingId: finding.id, reason: "House style." }, bob.id)).ok).toBe(
      true,
    );

    const json = await exported(articleId, "json");
    const imported = await importArticleFile(
      database.db,
      { bytes: encode(json), fileName: "copy.galley.json" },
      { linkAuthors },
    );
    if (!imported.ok) throw new Error(imported.code);

    const copied = (await listFindings(database.db, imported.value.id)).find(
      (candidate) => candidate.check === finding.check && candidate.start === finding.start,
    );
    expect(copied?.dismissal).toMatchObject({ reason: "House style.", dismissedBy });
    expect(await exported(imported.value.id, "json")).toBe(json);
  });

  it("plain text: the reference article comes back byte for byte when nothing was edited", async () => {
    const { id } = await importArticle(
      database.db,
      parsePlainText(SEED, { origin: "seed.txt", sourceLang: "ca", targetLang: "en" }),
    );
    // Page chrome is never exported, so put it back as text for this check; approve everything.
    await database.db.segment.updateMany({ where: { articleId: id }, data: { kind: "paragraph", status: "approved" } });
    expect(await exported(id, "txt", "approved")).toBe(SEED);
  });

  it("a failed import stores nothing, even when it fails after the first thousands of segments", async () => {
    const lines = Array.from({ length: 4500 }, (_, index) => `Sentence number ${index} of a very long article.`);
    const draft = parsePlainText(lines.join("\n"), { origin: "fails-late.txt", targetLang: "en" });
    // PostgreSQL refuses NUL in text, so the insert of the third batch fails inside the transaction.
    const broken: ArticleDraft = {
      ...draft,
      segments: draft.segments.map((segment, index) =>
        index === 4400 ? { ...segment, text: "bad\u0000byte" } : segment,
      ),
    };
    const before = await database.db.segment.count();
    await expect(importArticle(database.db, broken)).rejects.toThrow();
    expect(await database.db.segment.count()).toBe(before);
    expect(await database.db.article.findFirst({ where: { origin: "fails-late.txt" } })).toBeNull();
  });
});
