import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listQueue } from "../articles/list-queue";
import type { Database } from "../connect";
import { rejectSegment } from "../segments/reject-segment";
import { seedSample } from "../testing/fixtures";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { addComment } from "./add-comment";
import { listComments, openCommentCounts } from "./list-comments";
import { resolveComment } from "./resolve-comment";

describe.each(TEST_DATABASES)("comments and queues on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("needs a comment to reject, posts it to the thread, and counts it open until resolved", async () => {
    const { articleId, segments, alice, bob } = await seedSample(database.db);
    const segment = segments[4];
    if (!segment) throw new Error("sample segments");
    expect(
      await rejectSegment(database.db, { segmentId: segment.id, version: 1, comment: "   " }, bob.id),
    ).toMatchObject({ ok: false, code: "commentRequired" });
    expect((await database.db.segment.findUniqueOrThrow({ where: { id: segment.id } })).status).toBe("new");

    expect(
      await rejectSegment(
        database.db,
        { segmentId: segment.id, version: 1, comment: "The dateline is fused." },
        bob.id,
      ),
    ).toMatchObject({ ok: true });
    await addComment(database.db, { segmentId: segment.id, body: "Split it now." }, alice.id);
    const thread = await listComments(database.db, segment.id);
    expect(thread.map((comment) => [comment.author?.name, comment.body])).toEqual([
      ["Bob", "The dateline is fused."],
      ["Alice", "Split it now."],
    ]);
    expect(await openCommentCounts(database.db, articleId)).toEqual({ [segment.id]: 2 });

    const first = thread[0];
    if (!first) throw new Error("a comment");
    expect(await resolveComment(database.db, first.id, alice.id)).toMatchObject({
      ok: true,
      value: { resolvedBy: { name: "Alice" } },
    });
    expect(await openCommentCounts(database.db, articleId)).toEqual({ [segment.id]: 1 });
  });

  it("queues, on assigned articles only, what waits for each: new, rejected or commented for translators, all not approved for editors", async () => {
    const { articleId, segments, alice, bob } = await seedSample(database.db);
    expect(await listQueue(database.db, { id: alice.id, role: "translator" })).toEqual([]);
    await database.db.articleAssignment.createMany({
      data: [alice, bob].map((user) => ({ articleId, userId: user.id })),
    });
    // Segments: 0 "World" and 3 "3 min" are page chrome; 1, 2, 4, 5 and 6 are text.
    const id = (index: number) => segments[index]?.id ?? 0;
    await database.db.segment.update({ where: { id: id(4) }, data: { status: "edited" } });
    await database.db.segment.update({ where: { id: id(2) }, data: { status: "approved" } });
    await database.db.segment.update({ where: { id: id(6) }, data: { status: "rejected" } });
    const question = await addComment(database.db, { segmentId: id(2), body: "Is this the latest figure?" }, bob.id);
    // Page chrome waits for no one, comment or not.
    await addComment(database.db, { segmentId: id(0), body: "Leave this out." }, bob.id);

    const entry = { articleId, title: "A headline about things" };
    // New 1 and 5, rejected 6, and approved 2 with its open comment.
    expect(await listQueue(database.db, { id: alice.id, role: "translator" })).toEqual([
      { ...entry, role: "translator", waiting: 4, openComments: 1 },
    ]);
    // Everything but approved 2.
    expect(await listQueue(database.db, { id: bob.id, role: "editor" })).toEqual([
      { ...entry, role: "reviewer", waiting: 4, openComments: 1 },
    ]);

    await resolveComment(database.db, question.id, alice.id);
    expect(await listQueue(database.db, { id: alice.id, role: "translator" })).toEqual([
      { ...entry, role: "translator", waiting: 3, openComments: 0 },
    ]);
  });
});
