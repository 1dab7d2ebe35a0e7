import { describe, expect, it } from "vitest";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import { applyUpdate, countBy, filterSegments, groupFindings, NO_FILTERS, openFindings, type ReviewData } from "./review-state";

function segment(id: number, text: string, overrides: Partial<SegmentRow> = {}): SegmentRow {
  return {
    id,
    articleId: 1,
    position: id,
    block: 0,
    kind: "paragraph",
    gapBefore: " ",
    mtText: text,
    text,
    sourceText: null,
    status: "new",
    version: 1,
    updatedAt: new Date(0),
    updatedBy: null,
    ...overrides,
  };
}

function finding(id: number, segmentId: number, check: string, dismissed = false): FindingRow {
  return {
    id,
    segmentId,
    check,
    category: "fluency",
    severity: "major",
    start: 0,
    end: 1,
    text: "x",
    fixes: [],
    values: null,
    dismissal: dismissed ? { id: 100 + id, reason: null, dismissedAt: new Date(0), dismissedBy: null } : null,
  };
}

const data = (segments: SegmentRow[]): ReviewData => ({ segments, findings: [], openComments: {} });
const ids = (segments: readonly SegmentRow[]) => segments.map((each) => each.id);

describe("applyUpdate", () => {
  it("puts the new half of a split right after the segment it came from", () => {
    const before = data([segment(1, "One."), segment(2, "Two three."), segment(3, "Four.")]);
    const after = applyUpdate(before, { segments: [segment(2, "Two", { version: 2 }), segment(9, "three.")] });
    expect(ids(after.segments)).toEqual([1, 2, 9, 3]);
    expect(after.segments[1]?.text).toBe("Two");
  });

  it("puts a new part that comes first before its sibling", () => {
    const after = applyUpdate(data([segment(1, "One."), segment(2, "MoscowThere is.")]), { segments: [segment(8, "Moscow"), segment(2, "There is.", { version: 2 })] });
    expect(ids(after.segments)).toEqual([1, 8, 2]);
  });

  it("drops merged-away segments and keeps a newer version over a late live update", () => {
    const before = data([segment(1, "One.", { version: 3 }), segment(2, "Two."), segment(3, "Three.")]);
    const after = applyUpdate(before, { segments: [segment(1, "Stale.", { version: 2 })], removedIds: [2] });
    expect(ids(after.segments)).toEqual([1, 3]);
    expect(after.segments[0]?.text).toBe("One.");
  });

  it("takes the whole list when the update carries one, and leaves findings alone unless given", () => {
    const before: ReviewData = { segments: [segment(1, "One.")], findings: [finding(1, 1, "spacing")], openComments: { 1: 2 } };
    const after = applyUpdate(before, { segments: [], allSegments: [segment(5, "Five.")] });
    expect(ids(after.segments)).toEqual([5]);
    expect(after.findings).toBe(before.findings);
    expect(after.openComments).toEqual({ 1: 2 });
  });
});

describe("filterSegments", () => {
  const segments = [
    segment(1, "The homelandThe paintings.", { status: "new" }),
    segment(2, "Edited text.", { status: "edited", mtText: "Machine TEXT." }),
    segment(3, "3 min", { kind: "page_chrome" }),
  ];
  const open = groupFindings(openFindings([finding(1, 1, "fused-words"), finding(2, 2, "spacing", true)]), new Map());

  it("passes everything with no filters", () => {
    expect(ids(filterSegments(segments, open, {}, NO_FILTERS))).toEqual([1, 2, 3]);
  });

  it("filters by status, kind, open findings of a check, and unresolved comments", () => {
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, status: "edited" }))).toEqual([2]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, kind: "page_chrome" }))).toEqual([3]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, check: "fused-words" }))).toEqual([1]);
    // A dismissed finding no longer counts.
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, check: "spacing" }))).toEqual([]);
    expect(ids(filterSegments(segments, open, { 3: 1, 2: 0 }, { ...NO_FILTERS, commented: true }))).toEqual([3]);
  });

  it("searches the current text and the machine output, ignoring case and surrounding spaces", () => {
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, search: "  machine text " }))).toEqual([2]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, search: "HOMELAND" }))).toEqual([1]);
  });
});

describe("countBy and groupFindings", () => {
  it("counts each key once per item", () => {
    const counts = countBy([["a", "a", "b"], ["b"]] as const, (keys) => keys);
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 2 });
  });

  it("reuses a segment's previous array when its findings did not change", () => {
    const first = groupFindings([finding(1, 1, "spacing"), finding(2, 2, "spacing")], new Map());
    const second = groupFindings([finding(1, 1, "spacing"), finding(3, 2, "spacing")], first);
    expect(second.get(1)).toBe(first.get(1));
    expect(second.get(2)).not.toBe(first.get(2));
  });
});
