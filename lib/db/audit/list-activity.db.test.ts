import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignArticle } from "../articles/assign-article";
import type { Database } from "../connect";
import { dismissFinding } from "../findings/dismiss-finding";
import { listFindings } from "../findings/list-findings";
import { editSegment } from "../segments/edit-segment";
import { seedSample } from "../testing/fixtures";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { listActivity } from "./list-activity";
import { listActivityFilters } from "./list-activity-filters";
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
      format: "md",
      note: null,
    });
    expect(entries.find((entry) => entry.action === "finding.dismiss")).toMatchObject({
      actor: { name: "Bob" },
      check: finding!.check,
      note: "House style.",
    });
    // Named by its number in the article, as the review screen shows it: the seventh of seven.
    expect(entries.find((entry) => entry.action === "edit")).toMatchObject({
      actor: { name: "Alice" },
      segmentId: paragraph.id,
      segmentNumber: 7,
    });
    expect(entries.at(-1)).toMatchObject({ actor: { name: "Alice" }, note: "sample.txt" });
  });

  it("tells same-titled articles apart in the filter, by origin and import time", async () => {
    const first = await seedSample(database.db);
    const second = await seedSample(database.db);
    const { articles } = await listActivityFilters(database.db);
    const twins = articles.filter((article) => [first.articleId, second.articleId].includes(article.id));
    expect(twins).toHaveLength(2);
    expect(twins.every((article) => article.origin === "sample.txt" && article.importedAt instanceof Date)).toBe(true);
    await database.db.article.update({ where: { id: second.articleId }, data: { title: "A title of its own" } });
    const own = (await listActivityFilters(database.db)).articles.find((article) => article.id === second.articleId);
    expect(own).toEqual({ id: second.articleId, title: "A title of its own" });
  });

  it("numbers segments among those still in the article, so a merge renumbers those after it", async () => {
    const { alice, segments } = await seedSample(database.db);
    const last = segments.at(-1)!;
    await editSegment(database.db, { segmentId: last.id, version: 1, text: "Last, edited." }, alice.id);
    await database.db.segment.update({ where: { id: segments[5]!.id }, data: { mergedIntoId: segments[4]!.id } });
    const [entry] = await listActivity(database.db, { actorId: alice.id, limit: 1 });
    expect(entry).toMatchObject({ segmentId: last.id, segmentNumber: 6 });
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
