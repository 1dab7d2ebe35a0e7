import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_CHECK } from "../../checks/run";
import { MAX_SEGMENT_LENGTH } from "../../segmentation/limits";
import type { Database } from "../connect";
import { listFindings } from "../findings/list-findings";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { seedSample } from "../testing/fixtures";
import { editSegment } from "./edit-segment";

describe.each(TEST_DATABASES)("a translator's hostile text on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each([
    ["a bracket flood", "(".repeat(MAX_SEGMENT_LENGTH)],
    ["quotes and brackets", '"(['.repeat(MAX_SEGMENT_LENGTH / 3)],
    ["fused words", "homelandThe ".repeat(Math.floor(MAX_SEGMENT_LENGTH / 12))],
  ])("stores a bounded number of small findings for %s", async (_name, text) => {
    const sample = await seedSample(database.db);
    const segment = sample.segments.find((candidate) => candidate.kind === "paragraph");
    if (!segment) throw new Error("the sample has a paragraph");
    const saved = await editSegment(database.db, { segmentId: segment.id, version: 1, text }, sample.alice.id);
    expect(saved.ok).toBe(true);

    const findings = (await listFindings(database.db, sample.articleId)).filter(
      (finding) => finding.segmentId === segment.id,
    );
    expect(findings.length).toBeGreaterThan(0);
    const perCheck = new Map<string, number>();
    for (const finding of findings) perCheck.set(finding.check, (perCheck.get(finding.check) ?? 0) + 1);
    for (const count of perCheck.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK);
    // What the findings store, their spans and fixes, is about the segment's size, not its square.
    const stored = findings.reduce(
      (size, finding) => size + finding.text.length + JSON.stringify(finding.fixes).length,
      0,
    );
    expect(stored).toBeLessThan(4 * text.length + 4_096);
  });
});
