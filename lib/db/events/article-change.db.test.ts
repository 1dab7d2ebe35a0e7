import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { ARTICLE_CHANNEL, announceChange, parseArticleChange, type ArticleChange } from "./article-change";

describe.each(TEST_DATABASES)("article changes through LISTEN/NOTIFY on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("delivers an announcement to a listener once the transaction commits, and not before", async () => {
    const received: ArticleChange[] = [];
    const stop = await database.listen(ARTICLE_CHANNEL, (payload) => {
      const change = parseArticleChange(payload);
      if (change) received.push(change);
    });
    let seenInsideTransaction = -1;
    await database.db.$transaction(async (tx) => {
      await announceChange(tx, { articleId: 7, segmentIds: [1, 2], structural: false });
      await new Promise((resolve) => setTimeout(resolve, 100));
      seenInsideTransaction = received.length;
    });
    await expect.poll(() => received).toEqual([{ articleId: 7, segmentIds: [1, 2], structural: false }]);
    expect(seenInsideTransaction).toBe(0);
    await stop();
  });

  it("sends nothing for a transaction that rolls back", async () => {
    const received: string[] = [];
    const stop = await database.listen(ARTICLE_CHANNEL, (payload) => received.push(payload));
    await expect(
      database.db.$transaction(async (tx) => {
        await announceChange(tx, { articleId: 8, segmentIds: [3], structural: true });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await database.db.$transaction((tx) => announceChange(tx, { articleId: 9, segmentIds: [], structural: true }));
    await expect.poll(() => received.length).toBe(1);
    expect(parseArticleChange(received[0] ?? "")?.articleId).toBe(9);
    await stop();
  });
});

describe("parseArticleChange", () => {
  it.each(["not json", "{}", '{"articleId":"1","segmentIds":[]}'])("ignores a malformed payload %j", (payload) => {
    expect(parseArticleChange(payload)).toBeNull();
  });
});
