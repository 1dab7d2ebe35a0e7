import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toPlainText } from "../../export/plain-text";
import { getArticle } from "../articles/get-article";
import { getArticleContent } from "../articles/get-article-content";
import type { Database } from "../connect";
import { seedSample } from "../testing/fixtures";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { approveSegment } from "./approve-segment";
import { editSegment } from "./edit-segment";
import { listRevisions } from "./list-revisions";
import { mergeWithNext } from "./merge-segments";
import { restoreRevision } from "./restore-revision";
import { splitSegment } from "./split-segment";
import { toggleChrome } from "./toggle-chrome";

describe.each(TEST_DATABASES)("structure edits and history on %s", (kind) => {
  let database: Database;
  let sample: Awaited<ReturnType<typeof seedSample>>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    sample = await seedSample(database.db);
  });

  const segmentWith = (text: string) => {
    const segment = sample.segments.find((candidate) => candidate.text.startsWith(text));
    if (!segment) throw new Error(`no segment starts with ${text}`);
    return segment;
  };
  const liveTexts = async () =>
    (await getArticle(database.db, sample.articleId))?.segments.map((segment) => segment.text);

  it("leaves the later segments' last change as it was when a split moves them along", async () => {
    const before = await database.db.segment.findMany({
      where: { articleId: sample.articleId },
      orderBy: { position: "asc" },
    });
    const target = before.find((candidate) => candidate.text === "A standfirst that sums it up.")!;
    const result = await splitSegment(
      database.db,
      { segmentId: target.id, version: target.version, at: 13, newPart: "after" },
      sample.alice.id,
    );
    expect(result.ok).toBe(true);
    const after = await database.db.segment.findMany({
      where: { articleId: sample.articleId, position: { gt: target.position + 1 } },
      orderBy: { position: "asc" },
    });
    expect(after.length).toBeGreaterThan(0);
    for (const moved of after) {
      const was = before.find((candidate) => candidate.id === moved.id)!;
      expect(moved.position).toBe(was.position + 1);
      expect(moved.updatedAt).toEqual(was.updatedAt);
    }
  });

  it("splits at the cursor: the new part follows, with its own revision", async () => {
    const segment = segmentWith("A closing paragraph.");
    const result = await splitSegment(
      database.db,
      { segmentId: segment.id, version: 1, at: 9, newPart: "after" },
      sample.alice.id,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        segments: [
          { id: segment.id, text: "A closing" },
          { text: "paragraph.", kind: segment.kind },
        ],
      },
    });
    expect((await liveTexts())?.slice(-2)).toEqual(["A closing", "paragraph."]);
    const content = await getArticleContent(database.db, sample.articleId);
    expect(content && toPlainText(content)).toContain("[edited] A closing [edited] paragraph.");
  });

  it("refuses to split at an edge", async () => {
    const segment = segmentWith("A closing paragraph.");
    expect(
      await splitSegment(database.db, { segmentId: segment.id, version: 1, at: 0, newPart: "after" }, sample.alice.id),
    ).toMatchObject({ ok: false, code: "cannotSplitHere" });
  });

  it("merges a segment with the next one in its block and keeps the merged one, hidden, with its history", async () => {
    const first = segmentWith("MoscowThere is one sentence here.");
    const second = segmentWith("And a second one follows.");
    const result = await mergeWithNext(
      database.db,
      { segmentId: first.id, version: 1, nextVersion: 1 },
      sample.alice.id,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { text: "MoscowThere is one sentence here. And a second one follows.", status: "edited", version: 2 },
    });

    expect(await liveTexts()).not.toContain("And a second one follows.");
    const hidden = await database.db.segment.findUniqueOrThrow({ where: { id: second.id } });
    expect(hidden).toMatchObject({ mergedIntoId: first.id, mtText: second.mtText });
    expect((await listRevisions(database.db, second.id))[0]).toMatchObject({ action: "merge" });
    const content = await getArticleContent(database.db, sample.articleId);
    expect(content && toPlainText(content)).toContain("MoscowThere is one sentence here. And a second one follows.\n");
  });

  it("does not merge across blocks, nor with a stale version of the next segment", async () => {
    const last = segmentWith("And a second one follows.");
    expect(
      await mergeWithNext(database.db, { segmentId: last.id, version: 1, nextVersion: 1 }, sample.alice.id),
    ).toMatchObject({ ok: false, code: "cannotMergeHere" });
    const first = segmentWith("MoscowThere is one sentence here.");
    expect(
      await mergeWithNext(database.db, { segmentId: first.id, version: 1, nextVersion: 7 }, sample.alice.id),
    ).toMatchObject({ ok: false, code: "conflict" });
  });

  it("marks a segment as page chrome and restores the kind it had", async () => {
    const headline = segmentWith("A headline about things");
    const marked = await toggleChrome(database.db, { segmentId: headline.id, version: 1 }, sample.alice.id);
    expect(marked).toMatchObject({ ok: true, value: { kind: "page_chrome", version: 2 } });
    const restored = await toggleChrome(database.db, { segmentId: headline.id, version: 2 }, sample.alice.id);
    expect(restored).toMatchObject({ ok: true, value: { kind: "headline", version: 3 } });
    expect(
      (await listRevisions(database.db, headline.id)).map((revision) => [
        revision.action,
        revision.kindBefore,
        revision.kindAfter,
      ]),
    ).toEqual([
      ["set_kind", "page_chrome", "headline"],
      ["set_kind", "headline", "page_chrome"],
    ]);
  });

  it("restores an older revision as a new one, leaving the history whole", async () => {
    const segment = segmentWith("A closing paragraph.");
    await editSegment(database.db, { segmentId: segment.id, version: 1, text: "First edit." }, sample.alice.id);
    await editSegment(database.db, { segmentId: segment.id, version: 2, text: "Second edit." }, sample.bob.id);
    const [, firstEdit] = await listRevisions(database.db, segment.id);
    expect(firstEdit?.textAfter).toBe("First edit.");

    const result = await restoreRevision(database.db, { revisionId: firstEdit?.id ?? 0, version: 3 }, sample.bob.id);
    expect(result).toMatchObject({ ok: true, value: { text: "First edit.", version: 4, status: "edited" } });
    const history = await listRevisions(database.db, segment.id);
    expect(history.map((revision) => [revision.action, revision.textAfter, revision.author?.name])).toEqual([
      ["restore", "First edit.", "Bob"],
      ["edit", "Second edit.", "Bob"],
      ["edit", "First edit.", "Alice"],
    ]);
    expect(
      await restoreRevision(database.db, { revisionId: firstEdit?.id ?? 0, version: 3 }, sample.bob.id),
    ).toMatchObject({ ok: false, code: "conflict" });
  });

  it("blocks approval while a critical finding is open, and records an override with its reason", async () => {
    const segment = segmentWith("A closing paragraph.");
    await database.db.finding.create({
      data: {
        articleId: sample.articleId,
        segmentId: segment.id,
        check: "number-mismatch",
        category: "accuracy",
        severity: "critical",
        start: 0,
        end: 1,
        text: "A",
        fixes: [],
      },
    });
    const blocked = await approveSegment(database.db, { segmentId: segment.id, version: 1 }, sample.bob.id);
    expect(blocked).toMatchObject({
      ok: false,
      code: "criticalFindings",
      details: { findings: [{ check: "number-mismatch", text: "A" }] },
    });
    expect((await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } })).status).toBe("new");

    const overridden = await approveSegment(
      database.db,
      { segmentId: segment.id, version: 1, overrideReason: "The source is wrong; checked with the desk." },
      sample.bob.id,
    );
    expect(overridden).toMatchObject({ ok: true, value: { status: "approved" } });
    expect((await listRevisions(database.db, segment.id))[0]).toMatchObject({
      action: "approve",
      comment: "The source is wrong; checked with the desk.",
      overridden: [{ check: "number-mismatch", text: "A" }],
      author: { name: "Bob" },
    });
  });
});
