import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importDemoArticle } from "../articles/import-demo-article";
import type { Database } from "../connect";
import { dismissFinding } from "../findings/dismiss-finding";
import { listFindings } from "../findings/list-findings";
import { editSegment } from "../segments/edit-segment";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { applyCheckFixes, planArticleCheckFixes } from "./apply-check-fixes";
import { approveReadySegments, listReadySegments } from "./approve-ready-segments";

describe.each(TEST_DATABASES)("bulk actions on %s", (kind) => {
  let database: Database;
  let articleId: number;
  let userId: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    userId = (await database.db.user.create({ data: { name: "Ed", email: `ed-${kind}@example.test`, role: "editor" } }))
      .id;
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.article.deleteMany({});
    articleId = (await importDemoArticle(database.db, userId)).id;
  });

  const confirmedFrom = (plans: { segmentId: number; version: number }[]) =>
    plans.map(({ segmentId, version }) => ({ segmentId, version }));

  it("applies one check's best fix to every open finding of it, in one go", async () => {
    const plans = await planArticleCheckFixes(database.db, { articleId, check: "fused-words" });
    expect(plans.map((plan) => plan.fixed).reduce((sum, count) => sum + count, 0)).toBe(4);

    const result = await applyCheckFixes(
      database.db,
      { articleId, check: "fused-words", confirmed: confirmedFrom(plans) },
      userId,
    );
    expect(result).toEqual({ ok: true, value: { segments: 4, findings: 4 } });
    expect((await listFindings(database.db, articleId)).filter((finding) => finding.check === "fused-words")).toEqual(
      [],
    );

    const texts = (
      await database.db.segment.findMany({ where: { articleId, mergedIntoId: null }, orderBy: { position: "asc" } })
    ).map((segment) => segment.text);
    expect(texts).toContain("Moscow");
    expect(texts.some((text) => text.includes("the homeland. The paintings depict"))).toBe(true);
    expect(texts.some((text) => text.includes("war in Ukraine. Most of them"))).toBe(true);
    expect(
      await database.db.segmentRevision.count({ where: { action: "fix", comment: "fused-words" } }),
    ).toBeGreaterThanOrEqual(4);
  });

  it("changes nothing when the article changed after the preview", async () => {
    const plans = await planArticleCheckFixes(database.db, { articleId, check: "fused-words" });
    const target = plans.find((plan) => plan.textBefore.includes("trenchIt"));
    if (!target) throw new Error("the demo article has trenchIt");
    await editSegment(
      database.db,
      { segmentId: target.segmentId, version: target.version, text: `${target.textBefore} Edited meanwhile.` },
      userId,
    );

    const result = await applyCheckFixes(
      database.db,
      { articleId, check: "fused-words", confirmed: confirmedFrom(plans) },
      userId,
    );
    expect(result).toEqual({ ok: false, code: "outdatedPreview", details: undefined });
    expect(
      (await listFindings(database.db, articleId)).filter((finding) => finding.check === "fused-words"),
    ).toHaveLength(4);
    expect(await database.db.segmentRevision.count({ where: { action: "fix" } })).toBe(0);
  });

  it("approves the edited and reviewed segments without open findings, and only those", async () => {
    const segments = await database.db.segment.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    const plain = segments.find((segment) => segment.text.startsWith("North Korea has also become"));
    const fused = segments.find((segment) => segment.text.includes("trenchIt"));
    if (!plain || !fused) throw new Error("demo article segments");
    await editSegment(database.db, { segmentId: plain.id, version: 1, text: `${plain.text} Indeed.` }, userId);
    await editSegment(database.db, { segmentId: fused.id, version: 1, text: `${fused.text} Still fused.` }, userId);
    const ukraine = (await listFindings(database.db, articleId)).filter((finding) => finding.text === "UkraineMost");
    expect(ukraine).toHaveLength(1);
    for (const finding of ukraine) await dismissFinding(database.db, { findingId: finding.id }, userId);

    const ready = await listReadySegments(database.db, articleId);
    expect(ready.map((segment) => segment.text.slice(0, 20))).toEqual(["It is estimated that", "North Korea has also"]);

    const result = await approveReadySegments(database.db, { articleId, confirmed: ready }, userId);
    expect(result).toEqual({ ok: true, value: { approved: 2 } });
    const approved = await database.db.segment.findMany({
      where: { articleId, status: "approved" },
      select: { id: true },
    });
    expect(approved.map((segment) => segment.id).sort()).toEqual(ready.map((segment) => segment.segmentId).sort());
    expect(await approveReadySegments(database.db, { articleId, confirmed: ready }, userId)).toMatchObject({
      ok: false,
      code: "outdatedPreview",
    });
  });
});
