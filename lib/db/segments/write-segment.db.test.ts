import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { seedSample } from "../testing/fixtures";
import { approveSegment } from "./approve-segment";
import { editSegment } from "./edit-segment";
import { rejectSegment } from "./reject-segment";
import { MAX_SEGMENT_LENGTH } from "../../segmentation/limits";

describe.each(TEST_DATABASES)("segment writes on %s", (kind) => {
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

  function firstParagraph() {
    const segment = sample.segments.find((candidate) => candidate.kind === "paragraph");
    if (!segment) throw new Error("the sample has a paragraph");
    return segment;
  }

  async function revisionsOf(segmentId: number) {
    return database.db.segmentRevision.findMany({ where: { segmentId }, orderBy: { id: "asc" } });
  }

  it("saves new text, bumps the version, marks the segment edited and records a revision", async () => {
    const segment = firstParagraph();
    const result = await editSegment(
      database.db,
      { segmentId: segment.id, version: 1, text: "Moscow. There is one sentence here." },
      sample.alice.id,
    );

    expect(result).toMatchObject({
      ok: true,
      value: {
        text: "Moscow. There is one sentence here.",
        status: "edited",
        version: 2,
        updatedBy: { name: "Alice" },
      },
    });
    const [revision, ...rest] = await revisionsOf(segment.id);
    expect(rest).toEqual([]);
    expect(revision).toMatchObject({
      action: "edit",
      version: 2,
      textBefore: segment.mtText,
      textAfter: "Moscow. There is one sentence here.",
      statusBefore: "new",
      statusAfter: "edited",
      authorId: sample.alice.id,
    });
  });

  it("keeps the machine output untouched", async () => {
    const segment = firstParagraph();
    await editSegment(database.db, { segmentId: segment.id, version: 1, text: "Rewritten." }, sample.alice.id);
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored.mtText).toBe(segment.mtText);
    expect(stored.text).toBe("Rewritten.");
  });

  it("refuses a stale version: the other person's text stays, and the conflict carries it", async () => {
    const segment = firstParagraph();
    await editSegment(database.db, { segmentId: segment.id, version: 1, text: "Bob's text." }, sample.bob.id);

    const stale = await editSegment(
      database.db,
      { segmentId: segment.id, version: 1, text: "Alice's text." },
      sample.alice.id,
    );

    expect(stale.ok).toBe(false);
    if (stale.ok || stale.code !== "conflict") throw new Error(`expected a conflict, got ${JSON.stringify(stale)}`);
    expect(stale.details.current).toMatchObject({ text: "Bob's text.", version: 2, updatedBy: { name: "Bob" } });
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored).toMatchObject({ text: "Bob's text.", version: 2 });
    expect(await revisionsOf(segment.id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const segment = firstParagraph();
    const results = await Promise.all([
      editSegment(database.db, { segmentId: segment.id, version: 1, text: "First writer." }, sample.alice.id),
      editSegment(database.db, { segmentId: segment.id, version: 1, text: "Second writer." }, sample.bob.id),
    ]);

    const winners = results.filter((result) => result.ok);
    const losers = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers.map((result) => !result.ok && result.code)).toEqual(["conflict"]);
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored.version).toBe(2);
    expect(winners[0]?.ok && winners[0].value.text).toBe(stored.text);
  });

  it("treats saving unchanged text as a no-op without a revision", async () => {
    const segment = firstParagraph();
    const result = await editSegment(
      database.db,
      { segmentId: segment.id, version: 1, text: segment.text },
      sample.alice.id,
    );
    expect(result).toMatchObject({ ok: true, value: { version: 1, status: "new" } });
    expect(await revisionsOf(segment.id)).toEqual([]);
  });

  it.each([
    ["a line break", "One line.\nTwo lines.", "lineBreak"],
    ["too much text", "x".repeat(MAX_SEGMENT_LENGTH + 1), "textTooLong"],
  ])("rejects %s and leaves the segment as it was", async (_, text, code) => {
    const segment = firstParagraph();
    const result = await editSegment(database.db, { segmentId: segment.id, version: 1, text }, sample.alice.id);
    expect(result).toMatchObject({ ok: false, code });
    const stored = await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored).toMatchObject({ text: segment.text, version: 1 });
  });

  it("reports a segment that does not exist", async () => {
    const result = await editSegment(database.db, { segmentId: 987_654_321, version: 1, text: "x" }, sample.alice.id);
    expect(result).toMatchObject({ ok: false, code: "notFound" });
  });

  it("approves the version the reviewer saw, and refuses to approve a newer one unseen", async () => {
    const segment = firstParagraph();
    const edited = await editSegment(
      database.db,
      { segmentId: segment.id, version: 1, text: "Edited once." },
      sample.alice.id,
    );
    expect(edited.ok).toBe(true);

    const blind = await approveSegment(database.db, { segmentId: segment.id, version: 1 }, sample.bob.id);
    expect(blind).toMatchObject({ ok: false, code: "conflict" });

    const approved = await approveSegment(database.db, { segmentId: segment.id, version: 2 }, sample.bob.id);
    expect(approved).toMatchObject({
      ok: true,
      value: { status: "approved", version: 3, text: "Edited once.", updatedBy: { name: "Bob" } },
    });
    const revisions = await revisionsOf(segment.id);
    expect(revisions.map((revision) => [revision.action, revision.statusBefore, revision.statusAfter])).toEqual([
      ["edit", "new", "edited"],
      ["approve", "edited", "approved"],
    ]);
  });

  it("sends an approved segment back to edited when its text changes", async () => {
    const segment = firstParagraph();
    await approveSegment(database.db, { segmentId: segment.id, version: 1 }, sample.bob.id);
    const result = await editSegment(
      database.db,
      { segmentId: segment.id, version: 2, text: "Changed after approval." },
      sample.alice.id,
    );
    expect(result).toMatchObject({ ok: true, value: { status: "edited", version: 3 } });
  });

  it("rejects with a comment, recorded on the revision", async () => {
    const segment = firstParagraph();
    const result = await rejectSegment(
      database.db,
      { segmentId: segment.id, version: 1, comment: "  Fix the dateline.  " },
      sample.bob.id,
    );
    expect(result).toMatchObject({ ok: true, value: { status: "rejected", version: 2 } });
    const [revision] = await revisionsOf(segment.id);
    expect(revision).toMatchObject({
      action: "reject",
      comment: "Fix the dateline.",
      textBefore: segment.text,
      textAfter: segment.text,
    });
  });
});
