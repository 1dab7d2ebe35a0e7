import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPlainText } from "../../export/plain-text";
import { parsePlainText } from "../../import/plain-text";
import type { Database } from "../connect";
import { approveSegment } from "../segments/approve-segment";
import { seedDemo } from "../seed-demo";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { SAMPLE_ARTICLE, seedSample } from "../testing/fixtures";
import { getArticle } from "./get-article";
import { getArticleContent } from "./get-article-content";
import { editSegment } from "../segments/edit-segment";
import { importArticle } from "./import-article";
import { importArticleFile } from "./import-article-file";
import { listArticles } from "./list-articles";
import { listActivity } from "../audit/list-activity";

describe.each(TEST_DATABASES)("articles on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("stores every segment in order, with kinds and the machine output as the first text", async () => {
    const { articleId } = await seedSample(database.db);
    const article = await getArticle(database.db, articleId);

    expect(article).toMatchObject({
      sourceLang: "ca",
      targetLang: "en",
      origin: "sample.txt",
      title: "A headline about things",
    });
    expect(article?.segments.map((segment) => [segment.position, segment.block, segment.kind, segment.text])).toEqual([
      [0, 0, "page_chrome", "World"],
      [1, 1, "headline", "A headline about things"],
      [2, 2, "standfirst", "A standfirst that sums it up."],
      [3, 3, "page_chrome", "3 min"],
      [4, 4, "paragraph", "MoscowThere is one sentence here."],
      [5, 4, "paragraph", "And a second one follows."],
      [6, 5, "paragraph", "A closing paragraph."],
    ]);
    expect(
      article?.segments.every(
        (segment) => segment.mtText === segment.text && segment.status === "new" && segment.version === 1,
      ),
    ).toBe(true);
  });

  it("exports an unedited article byte for byte once page chrome is put back and every segment approved", async () => {
    const { articleId } = await seedSample(database.db);
    await database.db.segment.updateMany({ where: { articleId }, data: { kind: "paragraph", status: "approved" } });
    const content = await getArticleContent(database.db, articleId);
    expect(content && toPlainText(content, { scope: "approved" })).toBe(SAMPLE_ARTICLE);
  });

  it("imports the demo article and the demo accounts once, however often the seed runs", async () => {
    const first = await seedDemo(database.db, { demoUsers: true, demoPassword: "demo-password-1" });
    const again = await seedDemo(database.db, { demoUsers: true, demoPassword: "demo-password-1" });
    expect(first.credentials.map((account) => account.role)).toEqual(["admin", "editor", "translator"]);
    expect(again).toMatchObject({ articleCreated: false, credentials: [] });
    const demos = await database.db.article.findMany({ where: { importKey: "demo:seed-article" } });
    expect(demos).toHaveLength(1);
    expect(demos[0]?.title).toBe(
      "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    );
    const assigned = await database.db.articleAssignment.findMany({
      where: { articleId: demos[0]?.id },
      select: { user: { select: { role: true } } },
    });
    expect(assigned.map((row) => row.user.role).sort()).toEqual(["editor", "translator"]);
  });

  it("finds words fused where a link of the imported page ended, until the text changes", async () => {
    const { alice } = await seedSample(database.db);
    const html =
      '<html><body><article><h1>A headline</h1><p>Read the <a href="/report">report</a>and the annex.</p></article></body></html>';
    const imported = await importArticleFile(database.db, {
      bytes: new TextEncoder().encode(html),
      fileName: "page.html",
      targetLang: "en",
    });
    if (!imported.ok) throw new Error(imported.code);
    const fusedFindings = () =>
      database.db.finding.findMany({
        where: { articleId: imported.value.id, check: "fused-words" },
        select: { text: true, segmentId: true },
      });
    const [finding] = await fusedFindings();
    expect(finding?.text).toBe("reportand");

    // Edited, the text no longer has the import's offsets; what is left is the case seam, and "reportand" has none.
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding!.segmentId } });
    const edited = await editSegment(
      database.db,
      { segmentId: segment.id, version: segment.version, text: "Read the reportand the annex, now." },
      alice.id,
    );
    expect(edited.ok).toBe(true);
    expect(await fusedFindings()).toEqual([]);
  });

  it("writes nothing when an import fails halfway", async () => {
    const draft = parsePlainText("Title\n\nBody text.", { origin: "broken.txt", targetLang: "en" });
    const before = await database.db.article.count();
    const broken = {
      ...draft,
      segments: [...draft.segments, { block: 9, kind: "not-a-kind", gapBefore: "", text: "x" }],
    };
    await expect(importArticle(database.db, broken as typeof draft)).rejects.toThrow();
    expect(await database.db.article.count()).toBe(before);
    expect(await database.db.article.findFirst({ where: { origin: "broken.txt" } })).toBeNull();
  });

  it("lists articles newest first with their approval progress over exported segments", async () => {
    const { articleId, segments, bob } = await seedSample(database.db);
    const first = segments[1];
    if (!first) throw new Error("the sample has segments");
    await approveSegment(database.db, { segmentId: first.id, version: 1 }, bob.id);

    const summaries = await listArticles(database.db, { id: bob.id, role: "admin" });
    expect(summaries[0]).toMatchObject({ id: articleId, segmentCount: 5, approvedCount: 1 });
  });

  it("lists only the assigned articles to translators and editors, and every article to admins", async () => {
    const { articleId, alice, bob } = await seedSample(database.db);
    expect(
      (await listArticles(database.db, { id: alice.id, role: "translator" })).map((article) => article.id),
    ).not.toContain(articleId);
    await database.db.articleAssignment.create({ data: { articleId, userId: alice.id } });
    expect(
      (await listArticles(database.db, { id: alice.id, role: "translator" })).map((article) => article.id),
    ).toContain(articleId);
    expect(
      (await listArticles(database.db, { id: bob.id, role: "editor" })).map((article) => article.id),
    ).not.toContain(articleId);
    expect((await listArticles(database.db, { id: bob.id, role: "admin" })).map((article) => article.id)).toContain(
      articleId,
    );
  });

  describe("authors of imported history", () => {
    /** A Galley JSON file whose one segment was edited by `email` and whose finding `email` dismissed. */
    function fileBy(email: string): Uint8Array {
      const person = { name: "Claimed Name", email };
      const segment = {
        block: 0,
        kind: "paragraph",
        gapBefore: "",
        mtText: "Helo world.",
        text: "Hello world.",
        sourceText: null,
        status: "edited",
        externalId: null,
        hints: [],
        revisions: [
          {
            version: 1,
            action: "edit",
            author: person,
            textBefore: "Helo world.",
            textAfter: "Hello world.",
            statusBefore: "new",
            statusAfter: "edited",
            kindBefore: "paragraph",
            kindAfter: "paragraph",
            comment: null,
            overridden: null,
            createdAt: "2025-11-12T09:30:00.000Z",
          },
        ],
        dismissals: [
          {
            check: "spacing",
            start: 0,
            end: 1,
            segmentText: "Hello world.",
            reason: "Fine.",
            by: person,
            at: "2025-11-12T09:31:00.000Z",
          },
        ],
      };
      return new TextEncoder().encode(
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
    }

    async function imported(email: string, linkAuthors?: boolean) {
      const { alice } = await seedSample(database.db);
      const result = await importArticleFile(
        database.db,
        { bytes: fileBy(email.toUpperCase()), fileName: "history.json" },
        { actorId: alice.id, linkAuthors },
      );
      if (!result.ok) throw new Error(result.code);
      const [revision] = await database.db.segmentRevision.findMany({
        where: { segment: { articleId: result.value.id } },
      });
      const [dismissal] = await database.db.findingDismissal.findMany({
        where: { segment: { articleId: result.value.id } },
      });
      const [entry] = await listActivity(database.db, { articleId: result.value.id });
      return { id: result.value.id, revision, dismissal, entry, alice };
    }

    it("keeps them as the names the file gives, even when the email is an account's here", async () => {
      const { bob } = await seedSample(database.db);
      const { revision, dismissal, entry } = await imported(bob.email);
      expect(revision).toMatchObject({
        authorId: null,
        importedAuthor: { name: "Claimed Name", email: bob.email.toUpperCase() },
      });
      expect(dismissal).toMatchObject({
        dismissedById: null,
        importedBy: { name: "Claimed Name", email: bob.email.toUpperCase() },
      });
      expect(await listActivity(database.db, { actorId: bob.id })).toEqual([]);
      expect(entry).toMatchObject({ action: "article.import", authorsLinked: false });
    });

    it("links them to the account with the same email when the admin chooses to, and the log says so", async () => {
      const { bob } = await seedSample(database.db);
      const { revision, dismissal, entry } = await imported(bob.email, true);
      expect(revision).toMatchObject({ authorId: bob.id, importedAuthor: null });
      expect(dismissal).toMatchObject({ dismissedById: bob.id, importedBy: null });
      expect(entry).toMatchObject({ action: "article.import", authorsLinked: true });
    });

    it("keeps the name of an author with no account here, linking or not", async () => {
      const { revision, dismissal } = await imported("nobody-here@example.test", true);
      expect(revision).toMatchObject({ authorId: null, importedAuthor: { name: "Claimed Name" } });
      expect(dismissal).toMatchObject({ dismissedById: null, importedBy: { name: "Claimed Name" } });
    });
  });

  describe("hostile Galley JSON is refused with a 4xx code, and nothing is stored", () => {
    const segment = {
      block: 0,
      kind: "paragraph",
      gapBefore: "",
      mtText: "Hello.",
      text: "Hello.",
      sourceText: null,
      status: "new",
      externalId: null,
      hints: [],
      revisions: [],
    };
    const article = {
      format: "galley-article",
      version: 1,
      title: "Hostile",
      sourceLang: null,
      targetLang: "en",
      origin: "hostile.json",
      trailingText: "\n",
      segments: [segment],
    };

    it.each([
      ["a block over 2^31", { ...article, segments: [{ ...segment, block: 2 ** 31 }] }, "jsonInvalid"],
      [
        "a hint past 2^31",
        { ...article, segments: [{ ...segment, hints: [{ type: "link", start: 0, end: 2 ** 32 }] }] },
        "jsonInvalid",
      ],
      ["a NUL in the text", { ...article, segments: [{ ...segment, text: "He\u0000llo." }] }, "jsonInvalid"],
      ["a lone surrogate in the title", { ...article, title: "\ud83d" }, "jsonInvalid"],
      ["a target language of !!", { ...article, targetLang: "!!" }, "languageInvalid"],
      [
        "a revision in the year 0",
        {
          ...article,
          segments: [
            {
              ...segment,
              revisions: [
                {
                  version: 1,
                  action: "edit",
                  author: null,
                  textBefore: "a",
                  textAfter: "b",
                  statusBefore: "new",
                  statusAfter: "edited",
                  kindBefore: "paragraph",
                  kindAfter: "paragraph",
                  comment: null,
                  overridden: null,
                  createdAt: "0000-01-01T00:00:00.000Z",
                },
              ],
            },
          ],
        },
        "jsonInvalid",
      ],
    ])("refuses %s", async (_, json, code) => {
      const before = await database.db.article.count();
      const result = await importArticleFile(database.db, {
        bytes: new TextEncoder().encode(JSON.stringify(json)),
        fileName: "hostile.json",
      });
      expect(result).toMatchObject({ ok: false, code });
      expect(await database.db.article.count()).toBe(before);
    });

    it("stores the largest numbers and the earliest dates it takes", async () => {
      const revision = {
        version: 2 ** 31 - 2,
        action: "edit",
        author: null,
        textBefore: "Hello.",
        textAfter: "Hello.",
        statusBefore: "new",
        statusAfter: "new",
        kindBefore: "paragraph",
        kindAfter: "paragraph",
        comment: null,
        overridden: null,
        createdAt: "0001-01-01T00:00:00.000Z",
      };
      const json = {
        ...article,
        segments: [
          {
            ...segment,
            block: 2 ** 31 - 1,
            hints: [{ type: "link", start: 2 ** 31 - 2, end: 2 ** 31 - 1 }],
            revisions: [revision],
          },
        ],
      };
      const result = await importArticleFile(database.db, {
        bytes: new TextEncoder().encode(JSON.stringify(json)),
        fileName: "edge.json",
      });
      if (!result.ok) throw new Error(result.code);
      const stored = await database.db.segment.findFirstOrThrow({ where: { articleId: result.value.id } });
      expect([stored.block, stored.version]).toEqual([2 ** 31 - 1, 2 ** 31 - 1]);
    });
  });
});
