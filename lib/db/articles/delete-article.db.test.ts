import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "../audit/list-activity";
import type { Database } from "../connect";
import { editSegment } from "../segments/edit-segment";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { seedSample } from "../testing/fixtures";
import { seedDemo } from "../seed-demo";
import { deleteArticle } from "./delete-article";
import { DEMO_IMPORT_KEY } from "./import-demo-article";

describe.each(TEST_DATABASES)("deleting an article on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("removes the article and everything under it, leaves the others alone, and keeps a record", async () => {
    const doomed = await seedSample(database.db);
    const kept = await seedSample(database.db);
    const [first] = doomed.segments;
    await editSegment(
      database.db,
      { segmentId: first!.id, version: 1, text: "Changed before the deletion." },
      doomed.alice.id,
    );
    await database.db.comment.create({ data: { segmentId: first!.id, authorId: doomed.alice.id, body: "A note." } });
    const keptCounts = async () => [
      await database.db.segment.count({ where: { articleId: kept.articleId } }),
      await database.db.finding.count({ where: { articleId: kept.articleId } }),
    ];
    const before = await keptCounts();

    const result = await deleteArticle(database.db, doomed.articleId, doomed.bob.id);

    expect(result).toEqual({ ok: true, value: { title: "A headline about things", segments: doomed.segments.length } });
    expect(await database.db.article.findUnique({ where: { id: doomed.articleId } })).toBeNull();
    expect(await database.db.segment.count({ where: { articleId: doomed.articleId } })).toBe(0);
    expect(await database.db.segmentRevision.count({ where: { segmentId: first!.id } })).toBe(0);
    expect(await database.db.comment.count({ where: { segmentId: first!.id } })).toBe(0);
    expect(await database.db.finding.count({ where: { articleId: doomed.articleId } })).toBe(0);
    expect(await keptCounts()).toEqual(before);

    const [entry] = await listActivity(database.db, { actorId: doomed.bob.id });
    expect(entry).toMatchObject({
      action: "article.delete",
      actor: { name: "Bob" },
      article: null,
      note: "A headline about things",
    });
  });

  it("does not bring the demo article back on the next start once an admin deleted it", async () => {
    const first = await seedDemo(database.db, { demoUsers: false });
    const admin = await database.db.user.create({
      data: { name: "Ada", email: `ada-${kind}@example.test`, role: "admin" },
    });
    expect((await deleteArticle(database.db, first.articleId!, admin.id)).ok).toBe(true);
    expect(await seedDemo(database.db, { demoUsers: false })).toMatchObject({ articleId: null, articleCreated: false });
    expect(await database.db.article.count({ where: { importKey: DEMO_IMPORT_KEY } })).toBe(0);
  });

  it("answers not found for an article that is not there, and records nothing", async () => {
    const { bob } = await seedSample(database.db);
    expect(await deleteArticle(database.db, 987_654, bob.id)).toMatchObject({ ok: false, code: "articleNotFound" });
    expect(await listActivity(database.db, { actorId: bob.id })).toEqual([]);
  });
});
