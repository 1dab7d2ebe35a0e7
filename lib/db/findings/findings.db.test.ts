import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toPlainText } from "../../export/plain-text";
import { getArticleContent } from "../articles/get-article-content";
import { importDemoArticle } from "../articles/import-demo-article";
import type { Database } from "../connect";
import { editSegment } from "../segments/edit-segment";
import { toggleChrome } from "../segments/toggle-chrome";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { applyFix } from "./apply-fix";
import { dismissFinding } from "./dismiss-finding";
import { listFindings } from "./list-findings";
import { recheckArticlesIfChanged } from "./recheck-articles";

describe.each(TEST_DATABASES)("findings on %s", (kind) => {
  let database: Database;
  let articleId: number;
  let userId: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    userId = (
      await database.db.user.create({ data: { name: "Tess", email: `tess-${kind}@example.test`, role: "translator" } })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.article.deleteMany({});
    articleId = (await importDemoArticle(database.db, userId)).id;
  });

  async function findingFor(text: string) {
    const finding = (await listFindings(database.db, articleId)).find((candidate) => candidate.text === text);
    if (!finding) throw new Error(`no finding covers ${JSON.stringify(text)}`);
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding.segmentId } });
    return { finding, segment };
  }

  it("checks the article on import and stores offsets, severity and fixes", async () => {
    const findings = await listFindings(database.db, articleId);
    const { finding, segment } = await findingFor("homelandThe");
    expect(segment.text.slice(finding.start, finding.end)).toBe("homelandThe");
    expect(finding).toMatchObject({ check: "fused-words", category: "fluency", dismissal: null });
    expect(["minor", "major", "critical"]).toContain(finding.severity);
    expect(finding.fixes[0]).toEqual({ type: "replace", text: "homeland. The" });
    expect(findings.map((candidate) => candidate.text)).toEqual(
      expect.arrayContaining(["MoscowThere", "trenchIt", "UkraineMost", "year.This", "either"]),
    );
  });

  it("leaves segments that are already page chrome alone", async () => {
    const chrome = await database.db.segment.findMany({
      where: { articleId, kind: "page_chrome" },
      select: { id: true },
    });
    expect(chrome.length).toBeGreaterThan(0);
    const findings = await listFindings(database.db, articleId);
    expect(findings.filter((finding) => chrome.some((segment) => segment.id === finding.segmentId))).toEqual([]);
  });

  it("applies a replacement as an edit with a revision, and the finding goes away", async () => {
    const { finding, segment } = await findingFor("UkraineMost");
    const result = await applyFix(
      database.db,
      { findingId: finding.id, fixIndex: 0, version: segment.version },
      userId,
    );

    expect(result.ok).toBe(true);
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored).toMatchObject({ status: "edited", version: segment.version + 1 });
    expect(stored.text).toContain("war in Ukraine. Most of them fought");
    expect(stored.mtText).toBe(segment.mtText);
    const revision = await database.db.segmentRevision.findFirstOrThrow({ where: { segmentId: segment.id } });
    expect(revision).toMatchObject({
      action: "fix",
      textBefore: segment.text,
      textAfter: stored.text,
      authorId: userId,
    });
    expect((await listFindings(database.db, articleId)).some((candidate) => candidate.text === "UkraineMost")).toBe(
      false,
    );
  });

  it("marks a segment as page chrome: a kind change with its revision, and the export leaves it out", async () => {
    // "3 min" came in as page chrome; someone restored it by mistake, and the check flags it.
    const readingTime = await database.db.segment.findFirstOrThrow({ where: { articleId, text: "3 min" } });
    expect(
      (await toggleChrome(database.db, { segmentId: readingTime.id, version: readingTime.version }, userId)).ok,
    ).toBe(true);
    const finding = (await listFindings(database.db, articleId)).find(
      (candidate) => candidate.segmentId === readingTime.id,
    );
    if (!finding) throw new Error("no finding on the restored reading time");
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding.segmentId } });
    expect(segment.kind).toBe("paragraph");
    const fixIndex = finding.fixes.findIndex((fix) => fix.type === "mark-chrome");

    expect(
      (await applyFix(database.db, { findingId: finding.id, fixIndex, version: segment.version }, userId)).ok,
    ).toBe(true);

    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored).toMatchObject({ kind: "page_chrome", text: segment.text, version: segment.version + 1 });
    const revision = await database.db.segmentRevision.findFirstOrThrow({
      where: { segmentId: segment.id },
      orderBy: { id: "desc" },
    });
    expect(revision).toMatchObject({ action: "set_kind", comment: finding.check, authorId: userId });
    expect(
      (await listFindings(database.db, articleId)).filter((candidate) => candidate.segmentId === segment.id),
    ).toEqual([]);
    const content = await getArticleContent(database.db, articleId);
    expect(content && toPlainText(content)).not.toMatch(/^(?:\[\w+\] )?3 min$/mu);
  });

  it("removes a stray fragment", async () => {
    const { finding, segment } = await findingFor("resort tourist, with");
    const fixIndex = finding.fixes.findIndex((fix) => fix.type === "remove");
    expect(fixIndex).toBeGreaterThanOrEqual(0);
    await applyFix(database.db, { findingId: finding.id, fixIndex, version: segment.version }, userId);
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored.text).toContain("enjoying the beach and the sea. It has a capacity");
  });

  it("splits a fused dateline into its own segment, and the export sets it off", async () => {
    const { finding, segment } = await findingFor("MoscowThere");
    const fixIndex = finding.fixes.findIndex((fix) => fix.type === "split-dateline");
    const result = await applyFix(database.db, { findingId: finding.id, fixIndex, version: segment.version }, userId);
    expect(result.ok).toBe(true);

    const segments = await database.db.segment.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(segments.map((candidate) => candidate.position)).toEqual(segments.map((_, index) => index));
    const at = segments.findIndex((candidate) => candidate.kind === "dateline");
    expect(segments[at]).toMatchObject({ text: "Moscow", block: segment.block, status: "edited" });
    expect(segments[at + 1]).toMatchObject({ id: segment.id, mtText: segment.mtText, kind: "paragraph" });
    expect(segments[at + 1]?.text.startsWith("There is only one country")).toBe(true);

    const content = await getArticleContent(database.db, articleId);
    expect(content && toPlainText(content)).toContain(
      "for a state visit.\n\n[edited] Moscow — [edited] There is only one country",
    );
  });

  it("refuses a fix made on a stale version, and a finding whose text has changed", async () => {
    const { finding, segment } = await findingFor("trenchIt");
    const stale = await applyFix(
      database.db,
      { findingId: finding.id, fixIndex: 0, version: segment.version - 1 },
      userId,
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });

    await editSegment(
      database.db,
      { segmentId: segment.id, version: segment.version, text: "Another work depicts soldiers." },
      userId,
    );
    const gone = await applyFix(
      database.db,
      { findingId: finding.id, fixIndex: 0, version: segment.version + 1 },
      userId,
    );
    expect(gone).toMatchObject({ ok: false, code: "findingGone" });
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored.text).toBe("Another work depicts soldiers.");
  });

  it("records a dismissal, keeps it while the text stands, and lets it lapse when the text changes", async () => {
    const { finding, segment } = await findingFor("either");
    const dismissed = await dismissFinding(
      database.db,
      { findingId: finding.id, reason: "House style allows it" },
      userId,
    );
    expect(dismissed).toMatchObject({
      ok: true,
      value: { dismissal: { reason: "House style allows it", dismissedBy: { name: "Tess" } } },
    });

    const other = await findingFor("UkraineMost");
    await applyFix(database.db, { findingId: other.finding.id, fixIndex: 0, version: other.segment.version }, userId);
    expect((await findingFor("either")).finding.dismissal).not.toBeNull();

    await editSegment(
      database.db,
      { segmentId: segment.id, version: segment.version, text: `${segment.text} Still either way.` },
      userId,
    );
    const after = await listFindings(database.db, articleId);
    expect(
      after
        .filter((candidate) => candidate.segmentId === segment.id && candidate.check === "mistranslated-conjunction")
        .every((candidate) => candidate.dismissal === null),
    ).toBe(true);
    expect(await database.db.findingDismissal.count({ where: { segmentId: segment.id } })).toBe(1);
  });

  it("keeps a finding's id while it stands, through edits elsewhere, even when its offsets move", async () => {
    const { finding } = await findingFor("either");
    const other = await findingFor("UkraineMost");
    await applyFix(database.db, { findingId: other.finding.id, fixIndex: 0, version: other.segment.version }, userId);
    expect((await findingFor("either")).finding.id).toBe(finding.id);

    const year = await findingFor("year.This");
    const fragment = (await listFindings(database.db, articleId)).find(
      (candidate) => candidate.text === "resort tourist, with",
    );
    await applyFix(database.db, { findingId: fragment?.id ?? 0, fixIndex: 0, version: year.segment.version }, userId);
    const moved = await findingFor("year.This");
    expect(moved.finding.id).toBe(year.finding.id);
    expect(moved.finding.start).toBeLessThan(year.finding.start);
    expect(moved.segment.text.slice(moved.finding.start, moved.finding.end)).toBe("year.This");
  });

  it("checks every article again when the checks changed, and only then", async () => {
    const before = await listFindings(database.db, articleId);
    await database.db.finding.deleteMany({ where: { articleId } });
    expect(await recheckArticlesIfChanged(database.db, `checks-${kind}-1`)).toBe(1);
    expect((await listFindings(database.db, articleId)).map((finding) => [finding.check, finding.text])).toEqual(
      before.map((finding) => [finding.check, finding.text]),
    );

    await database.db.finding.deleteMany({ where: { articleId } });
    expect(await recheckArticlesIfChanged(database.db, `checks-${kind}-1`)).toBe(0);
    expect(await listFindings(database.db, articleId)).toEqual([]);
  });
});
