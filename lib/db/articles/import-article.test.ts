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

    expect(article).toMatchObject({ sourceLang: "ca", targetLang: "en", origin: "sample.txt", title: "A headline about things" });
    expect(article?.segments.map((segment) => [segment.position, segment.block, segment.kind, segment.text])).toEqual([
      [0, 0, "page_chrome", "World"],
      [1, 1, "headline", "A headline about things"],
      [2, 2, "standfirst", "A standfirst that sums it up."],
      [3, 3, "page_chrome", "3 min"],
      [4, 4, "paragraph", "MoscowThere is one sentence here."],
      [5, 4, "paragraph", "And a second one follows."],
      [6, 5, "paragraph", "A closing paragraph."],
    ]);
    expect(article?.segments.every((segment) => segment.mtText === segment.text && segment.status === "new" && segment.version === 1)).toBe(true);
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
    expect(demos[0]?.title).toBe("Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea");
    const assigned = await database.db.articleAssignment.findMany({ where: { articleId: demos[0]?.id }, select: { user: { select: { role: true } } } });
    expect(assigned.map((row) => row.user.role).sort()).toEqual(["editor", "translator"]);
  });

  it("finds words fused where a link of the imported page ended, until the text changes", async () => {
    const { alice } = await seedSample(database.db);
    const html = '<html><body><article><h1>A headline</h1><p>Read the <a href="/report">report</a>and the annex.</p></article></body></html>';
    const imported = await importArticleFile(database.db, { bytes: new TextEncoder().encode(html), fileName: "page.html", targetLang: "en" });
    if (!imported.ok) throw new Error(imported.code);
    const fusedFindings = () => database.db.finding.findMany({ where: { articleId: imported.value.id, check: "fused-words" }, select: { text: true, segmentId: true } });
    const [finding] = await fusedFindings();
    expect(finding?.text).toBe("reportand");

    // Edited, the text no longer has the import's offsets; what is left is the case seam, and "reportand" has none.
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding!.segmentId } });
    const edited = await editSegment(database.db, { segmentId: segment.id, version: segment.version, text: "Read the reportand the annex, now." }, alice.id);
    expect(edited.ok).toBe(true);
    expect(await fusedFindings()).toEqual([]);
  });

  it("writes nothing when an import fails halfway", async () => {
    const draft = parsePlainText("Title\n\nBody text.", { origin: "broken.txt", targetLang: "en" });
    const before = await database.db.article.count();
    const broken = { ...draft, segments: [...draft.segments, { block: 9, kind: "not-a-kind", gapBefore: "", text: "x" }] };
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
    expect((await listArticles(database.db, { id: alice.id, role: "translator" })).map((article) => article.id)).not.toContain(articleId);
    await database.db.articleAssignment.create({ data: { articleId, userId: alice.id } });
    expect((await listArticles(database.db, { id: alice.id, role: "translator" })).map((article) => article.id)).toContain(articleId);
    expect((await listArticles(database.db, { id: bob.id, role: "editor" })).map((article) => article.id)).not.toContain(articleId);
    expect((await listArticles(database.db, { id: bob.id, role: "admin" })).map((article) => article.id)).toContain(articleId);
  });
});
