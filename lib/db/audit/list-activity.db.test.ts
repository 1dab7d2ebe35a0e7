import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignArticle } from "../articles/assign-article";
import type { Database } from "../connect";
import { dismissFinding } from "../findings/dismiss-finding";
import { listFindings } from "../findings/list-findings";
import { editSegment } from "../segments/edit-segment";
import { seedSample } from "../testing/fixtures";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { listActivity } from "./list-activity";
import { recordEvent } from "./record-event";

describe.each(TEST_DATABASES)("the activity log on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("lists imports, revisions, dismissals and events together, newest first, with who and where", async () => {
    const { alice, bob, articleId, segments } = await seedSample(database.db);
    const paragraph = segments.find((segment) => segment.text === "A closing paragraph.")!;
    await editSegment(
      database.db,
      { segmentId: paragraph.id, version: 1, text: "A closing paragraph, edited." },
      alice.id,
    );
    const [finding] = await listFindings(database.db, articleId);
    expect(finding).toBeDefined();
    await dismissFinding(database.db, { findingId: finding!.id, reason: "House style." }, bob.id);
    await assignArticle(database.db, { articleId, userIds: [alice.id] }, bob.id);
    await recordEvent(database.db, {
      actorId: bob.id,
      action: "article.export",
      articleId,
      details: { format: "md", scope: "all" },
    });

    const entries = await listActivity(database.db, { articleId });
    expect(entries.map((entry) => entry.action)).toEqual([
      "article.export",
      "article.assign",
      "finding.dismiss",
      "edit",
      "article.import",
    ]);
    expect(entries.every((entry, index) => index === 0 || entries[index - 1]!.at >= entry.at)).toBe(true);
    expect(entries[0]).toMatchObject({
      actor: { name: "Bob" },
      article: { id: articleId, title: "A headline about things" },
      note: "md",
    });
    expect(entries.find((entry) => entry.action === "finding.dismiss")).toMatchObject({
      actor: { name: "Bob" },
      note: "House style.",
    });
    expect(entries.find((entry) => entry.action === "edit")).toMatchObject({
      actor: { name: "Alice" },
      segmentId: paragraph.id,
    });
    expect(entries.at(-1)).toMatchObject({ actor: { name: "Alice" }, note: "sample.txt" });
  });

  it("filters by person and by article, and honours the limit", async () => {
    const first = await seedSample(database.db);
    const second = await seedSample(database.db);
    await editSegment(
      database.db,
      { segmentId: second.segments.at(-1)!.id, version: 1, text: "Changed." },
      second.bob.id,
    );

    expect(
      (await listActivity(database.db, { actorId: second.bob.id })).map((entry) => [entry.action, entry.article?.id]),
    ).toEqual([["edit", second.articleId]]);
    const ofFirst = await listActivity(database.db, { articleId: first.articleId });
    expect(ofFirst.every((entry) => entry.article?.id === first.articleId)).toBe(true);
    expect(await listActivity(database.db, { limit: 1 })).toHaveLength(1);
  });
});
