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

  it("queues new and rejected segments for translators and edited ones for editors, on assigned articles only", async () => {
    const { articleId, segments, alice, bob } = await seedSample(database.db);
    expect(await listQueue(database.db, { id: alice.id, role: "translator" })).toEqual([]);
    await database.db.articleAssignment.createMany({
      data: [alice, bob].map((user) => ({ articleId, userId: user.id })),
    });
    await database.db.segment.update({ where: { id: segments[4]?.id ?? 0 }, data: { status: "edited" } });

    const translator = await listQueue(database.db, { id: alice.id, role: "translator" });
    expect(translator).toEqual([
      { articleId, title: "A headline about things", statuses: ["new", "rejected"], waiting: 4, openComments: 0 },
    ]);
    const editor = await listQueue(database.db, { id: bob.id, role: "editor" });
    expect(editor).toEqual([
      { articleId, title: "A headline about things", statuses: ["edited"], waiting: 1, openComments: 0 },
    ]);
  });
});
