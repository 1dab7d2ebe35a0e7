import { describe, expect, it } from "vitest";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import {
  applyUpdate,
  bySeverity,
  categoryKeyOf,
  commandAllowed,
  countBy,
  filterSegments,
  filtersFromQuery,
  groupFindings,
  initialReviewState,
  MAX_SEARCH_LENGTH,
  mergePartner,
  NO_FILTERS,
  openFindings,
  queryOfFilters,
  reviewReducer,
  splitFirstWord,
  stepFrom,
  type ReviewAction,
  type ReviewData,
  type ReviewState,
} from "./review-state";

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
    const after = applyUpdate(data([segment(1, "One."), segment(2, "MoscowThere is.")]), {
      segments: [segment(8, "Moscow"), segment(2, "There is.", { version: 2 })],
    });
    expect(ids(after.segments)).toEqual([1, 8, 2]);
  });

  it("drops merged-away segments and keeps a newer version over a late live update", () => {
    const before = data([segment(1, "One.", { version: 3 }), segment(2, "Two."), segment(3, "Three.")]);
    const after = applyUpdate(before, { segments: [segment(1, "Stale.", { version: 2 })], removedIds: [2] });
    expect(ids(after.segments)).toEqual([1, 3]);
    expect(after.segments[0]?.text).toBe("One.");
  });

  it("takes the whole list when the update carries one, and leaves findings alone unless given", () => {
    const before: ReviewData = {
      segments: [segment(1, "One.")],
      findings: [finding(1, 1, "spacing")],
      openComments: { 1: 2 },
    };
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
    expect(ids(filterSegments(segments, open, {}, NO_FILTERS, "reviewer"))).toEqual([1, 2, 3]);
  });

  it("filters by status, kind, open findings of a check, and unresolved comments", () => {
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, status: "edited" }, "reviewer"))).toEqual([2]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, kind: "page_chrome" }, "reviewer"))).toEqual([3]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, check: "fused-words" }, "reviewer"))).toEqual([1]);
    // A dismissed finding no longer counts.
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, check: "spacing" }, "reviewer"))).toEqual([]);
    expect(ids(filterSegments(segments, open, { 3: 1, 2: 0 }, { ...NO_FILTERS, commented: true }, "reviewer"))).toEqual(
      [3],
    );
  });

  it("shows what waits for the person looking: not yet approved for a reviewer; new, rejected or commented for a translator", () => {
    const waiting = [
      ...segments,
      segment(4, "Approved, with a question.", { status: "approved" }),
      segment(5, "Sent back.", { status: "rejected" }),
    ];
    const filters = { ...NO_FILTERS, status: "waiting" } as const;
    expect(ids(filterSegments(waiting, open, { 4: 1 }, filters, "reviewer"))).toEqual([1, 2, 5]);
    expect(ids(filterSegments(waiting, open, { 4: 1 }, filters, "translator"))).toEqual([1, 4, 5]);
  });

  it("searches the current text and the machine output, ignoring case and surrounding spaces", () => {
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, search: "  machine text " }, "reviewer"))).toEqual([
      2,
    ]);
    expect(ids(filterSegments(segments, open, {}, { ...NO_FILTERS, search: "HOMELAND" }, "reviewer"))).toEqual([1]);
  });
});

describe("bySeverity", () => {
  it("puts critical before major before minor, keeping text order among equals", () => {
    const findings = [
      { id: 1, severity: "minor" },
      { id: 2, severity: "major" },
      { id: 3, severity: "minor" },
      { id: 4, severity: "critical" },
      { id: 5, severity: "major" },
    ] as const;
    expect(bySeverity(findings).map((finding) => finding.id)).toEqual([4, 2, 5, 1, 3]);
    expect(findings.map((finding) => finding.id)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("filters in the address", () => {
  const checks = ["fused-words", "spacing"];

  it("reads back every filter it writes", () => {
    const filters = {
      status: "waiting",
      check: "fused-words",
      kind: "paragraph",
      search: "Kremlin & co",
      commented: true,
    } as const;
    const query = queryOfFilters(filters);
    expect(query.toString()).toBe("status=waiting&check=fused-words&kind=paragraph&q=Kremlin+%26+co&commented=1");
    expect(filtersFromQuery(Object.fromEntries(query), checks)).toEqual(filters);
  });

  it("leaves filters at their default out of the address", () => {
    expect(queryOfFilters(NO_FILTERS).toString()).toBe("");
    expect(filtersFromQuery({}, checks)).toEqual(NO_FILTERS);
  });

  it("ignores what it does not know, takes the first of repeated parameters, and cuts a long search", () => {
    expect(
      filtersFromQuery(
        { status: ["rejected", "new"], check: "no-such-check", kind: "banner", commented: "yes", q: "x".repeat(500) },
        checks,
      ),
    ).toEqual({ ...NO_FILTERS, status: "rejected", search: "x".repeat(MAX_SEARCH_LENGTH) });
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

describe("stepFrom, mergePartner, commandAllowed and categoryKeyOf", () => {
  const list = [segment(1, "One."), segment(2, "Two."), segment(3, "Three.", { block: 1 })];

  it("steps through a list, stopping at its ends, and starts at the top from a row not in it", () => {
    expect(stepFrom(list, 1, 1)).toBe(2);
    expect(stepFrom(list, 3, 1)).toBe(3);
    expect(stepFrom(list, 1, -1)).toBe(1);
    expect(stepFrom(list, 99, 1)).toBe(1);
    expect(stepFrom([], 1, 1)).toBeNull();
  });

  it("merges only with the next segment of the same block", () => {
    expect(mergePartner(list, 1)?.id).toBe(2);
    expect(mergePartner(list, 2)).toBeNull();
    expect(mergePartner(list, 3)).toBeNull();
    expect(mergePartner(list, 99)).toBeNull();
  });

  it("offers reviewing to reviewers and editing to editors, and looking to everyone", () => {
    const translator = { edit: true, review: false };
    const reader = { edit: false, review: false };
    expect(commandAllowed({ type: "approve-now" }, translator)).toBe(false);
    expect(commandAllowed({ type: "reject" }, translator)).toBe(false);
    expect(commandAllowed({ type: "merge" }, translator)).toBe(true);
    expect(commandAllowed({ type: "edit" }, reader)).toBe(false);
    expect(commandAllowed({ type: "toggle-chrome" }, reader)).toBe(false);
    expect(commandAllowed({ type: "history" }, reader)).toBe(true);
    expect(commandAllowed({ type: "select" }, reader)).toBe(true);
    expect(commandAllowed({ type: "approve-now" }, { edit: false, review: true })).toBe(true);
  });

  it("names a finding's category by a message key, and falls back to fluency for one it does not know", () => {
    const catalog = {
      "fused-words": { messageKey: "fusedWords", categoryKey: "fluency", severity: "major" as const },
      odd: { messageKey: "odd", categoryKey: "nonsense", severity: "minor" as const },
    };
    expect(
      categoryKeyOf(
        { ...catalog, title: { messageKey: "unquotedTitle", categoryKey: "localeConventions", severity: "minor" } },
        "title",
      ),
    ).toBe("localeConventions");
    expect(categoryKeyOf(catalog, "odd")).toBe("fluency");
    expect(categoryKeyOf(catalog, "missing")).toBe("fluency");
  });
});

describe("splitFirstWord", () => {
  it("cuts after the first word, keeping every character on one side or the other", () => {
    expect(splitFirstWord("Heroic fighters: for the ")).toEqual(["Heroic", " fighters: for the "]);
    expect(splitFirstWord("either")).toEqual(["either", ""]);
    expect(splitFirstWord(" ,and")).toEqual([" ,and", ""]);
    expect(splitFirstWord("  ")).toEqual(["  ", ""]);
    expect(splitFirstWord("a\u00a0b c")).toEqual(["a", "\u00a0b c"]);
    expect(splitFirstWord("")).toEqual(["", ""]);
  });
});

describe("reviewReducer", () => {
  const segments = [
    segment(1, "One."),
    segment(2, "Two.", { status: "edited" }),
    segment(3, "Three."),
    segment(4, "Four.", { block: 1 }),
  ];
  const start = (overrides: Partial<ReviewState> = {}): ReviewState => ({
    ...initialReviewState({
      segments,
      findings: [finding(1, 1, "spacing"), finding(2, 3, "fused-words")],
      openComments: {},
      initialFilters: NO_FILTERS,
      waitingRole: "reviewer",
    }),
    ...overrides,
  });
  const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
  const saved = (id: number, overrides: Partial<SegmentRow> = {}) => ({
    segments: [segment(id, "Saved.", { version: 2, status: "edited", ...overrides })],
  });

  it("starts on the first segment, with the status filter asked for and each segment's findings grouped", () => {
    const state = initialReviewState({
      segments,
      findings: [finding(1, 1, "spacing"), finding(2, 1, "fused-words")],
      openComments: { 2: 1 },
      initialFilters: { ...NO_FILTERS, status: "new" },
      waitingRole: "translator",
    });
    expect(state.currentId).toBe(1);
    expect(state.filters).toEqual({ ...NO_FILTERS, status: "new" });
    expect(state.findingsBySegment.get(1)?.map((each) => each.id)).toEqual([1, 2]);
    expect([state.editingId, state.dialog, state.announcement, state.focus, state.gone]).toEqual([
      null,
      null,
      null,
      null,
      false,
    ]);
    expect(
      initialReviewState({
        segments: [],
        findings: [],
        openComments: {},
        initialFilters: NO_FILTERS,
        waitingRole: "reviewer",
      }).currentId,
    ).toBeNull();
  });

  it("moves through the visible segments only, and asks for the focus on each row it lands on", () => {
    const filtered = start({ filters: { ...NO_FILTERS, status: "new" } });
    const down = run(filtered, { type: "move", step: 1 });
    expect(down.currentId).toBe(3);
    expect(down.focus).toEqual({ segmentId: 3 });
    expect(run(down, { type: "move", step: 1 }, { type: "move", step: 1 }).currentId).toBe(4);
    expect(run(down, { type: "move", step: -1 }).currentId).toBe(1);
    // A second request for the same row is a new object, so that the view moves the focus again.
    const again = run(down, { type: "move", step: 1 }, { type: "move", step: 1 }, { type: "move", step: 1 });
    const last = run(again, { type: "move", step: 1 });
    expect(last.focus).toEqual(again.focus);
    expect(last.focus).not.toBe(again.focus);
  });

  it("loses the current row when the filters show nothing, and asks for no focus then", () => {
    const empty = start({ filters: { ...NO_FILTERS, search: "nowhere" } });
    const moved = run(empty, { type: "move", step: 1 });
    expect(moved.currentId).toBeNull();
    expect(moved.focus).toBeNull();
  });

  it("opens a linked segment only when the article has it", () => {
    const linked = run(start(), { type: "link", segmentId: 3 });
    expect(linked.currentId).toBe(3);
    expect(linked.focus).toEqual({ segmentId: 3 });
    const state = start();
    expect(run(state, { type: "link", segmentId: 99 })).toBe(state);
  });

  it("selects without a new state when the row is already current, and edits in place", () => {
    const state = start();
    expect(run(state, { type: "select", segmentId: 1 })).toBe(state);
    const editing = run(state, { type: "edit", segmentId: 2 });
    expect([editing.currentId, editing.editingId]).toEqual([2, 2]);
    expect(editing.focus).toBeNull();
  });

  it("cancels an edit: the editor closes, its problem goes, and the row gets the focus back", () => {
    const failed = run(
      start(),
      { type: "edit", segmentId: 2 },
      { type: "fail", segmentId: 2, problem: { code: "textTooLong", values: { max: 5 } } },
    );
    expect(failed.problems.get(2)).toEqual({ code: "textTooLong", values: { max: 5 } });
    const cancelled = run(failed, { type: "cancel-edit", segmentId: 2 });
    expect(cancelled.editingId).toBeNull();
    expect(cancelled.problems.has(2)).toBe(false);
    expect(cancelled.focus).toEqual({ segmentId: 2 });
  });

  it("marks a segment busy while its action runs", () => {
    const busy = run(start(), { type: "start", segmentId: 2 }, { type: "start", segmentId: 3 });
    expect([...busy.pending]).toEqual([2, 3]);
    expect([...run(busy, { type: "settle", segmentId: 2 }).pending]).toEqual([3]);
    const idle = start();
    expect(run(idle, { type: "settle", segmentId: 2 })).toBe(idle);
  });

  it("on a save, clears the row's problem, takes the new version, closes the editor and focuses the row", () => {
    const state = run(
      start(),
      { type: "edit", segmentId: 2 },
      { type: "fail", segmentId: 2, problem: { code: "unexpected" } },
    );
    const after = run(state, { type: "succeed", segmentId: 2, update: saved(2), then: "close-editor" });
    expect(after.problems.has(2)).toBe(false);
    expect(after.data.segments[1]).toMatchObject({ id: 2, text: "Saved.", version: 2 });
    expect(after.editingId).toBeNull();
    expect(after.focus).toEqual({ segmentId: 2 });
  });

  it("on save-and-next, edits the row that came next before the save, even when the save takes its own row out of the filter", () => {
    const filtered = run(start({ filters: { ...NO_FILTERS, status: "new" } }), { type: "edit", segmentId: 3 });
    const after = run(filtered, { type: "succeed", segmentId: 3, update: saved(3), then: "edit-next" });
    expect([after.currentId, after.editingId]).toEqual([4, 4]);
    // On the last row there is no next one: the editor closes and the row stays current.
    const last = run(
      start(),
      { type: "edit", segmentId: 4 },
      { type: "succeed", segmentId: 4, update: saved(4, { block: 1 }), then: "edit-next" },
    );
    expect([last.currentId, last.editingId]).toEqual([4, null]);
  });

  it("after a split, moves to the second part, which lands right after the first", () => {
    const state = run(start(), { type: "edit", segmentId: 2 });
    const after = run(state, {
      type: "succeed",
      segmentId: 2,
      update: { segments: [segment(2, "Tw", { version: 2 }), segment(9, "o.")] },
      then: "split",
    });
    expect(ids(after.data.segments)).toEqual([1, 2, 9, 3, 4]);
    expect([after.currentId, after.editingId]).toEqual([9, null]);
    expect(after.focus).toEqual({ segmentId: 9 });
  });

  it("after an approval, closes the override dialog and announces the segment's number", () => {
    const state = run(start(), {
      type: "open-dialog",
      dialog: { type: "override", segmentId: 3, version: 1, findings: [{ check: "number-mismatch", text: "12" }] },
    });
    const after = run(state, {
      type: "succeed",
      segmentId: 3,
      update: saved(3, { status: "approved" }),
      then: "approved",
    });
    expect(after.dialog).toBeNull();
    expect(after.announcement).toEqual({ key: "announceApproved", number: 3 });
    expect(after.data.segments[2]?.status).toBe("approved");
  });

  it("after a fix, refocuses the row and keeps the findings arrays of rows whose findings did not change", () => {
    const state = start();
    const after = run(state, {
      type: "succeed",
      segmentId: 3,
      update: { ...saved(3), findings: [finding(1, 1, "spacing")] },
      then: "focus",
    });
    expect(after.focus).toEqual({ segmentId: 3 });
    expect(after.findingsBySegment.get(1)).toBe(state.findingsBySegment.get(1));
    expect(after.findingsBySegment.has(3)).toBe(false);
    const untouched = run(state, { type: "succeed", segmentId: 3, update: saved(3), then: "stay" });
    expect(untouched.findingsBySegment).toBe(state.findingsBySegment);
    expect(untouched.focus).toBeNull();
  });

  it("merges someone else's change without touching the current row, the editor or the dialog", () => {
    const state = run(start(), { type: "edit", segmentId: 2 }, { type: "open-dialog", dialog: { type: "help" } });
    const after = run(state, {
      type: "change",
      update: { segments: [], allSegments: [segment(2, "Two.", { version: 5 }), segment(3, "Three.")] },
    });
    expect(ids(after.data.segments)).toEqual([2, 3]);
    expect([after.currentId, after.editingId, after.dialog]).toEqual([2, 2, { type: "help" }]);
  });

  it("after a bulk action, takes its update, closes the dialog and announces the count", () => {
    const state = run(start(), { type: "open-dialog", dialog: { type: "bulk-approve" } });
    const after = run(state, {
      type: "bulk-applied",
      update: { segments: [segment(1, "One.", { status: "approved", version: 2 })] },
      announcement: { key: "announceBulkApproved", count: 1 },
    });
    expect(after.dialog).toBeNull();
    expect(after.announcement).toEqual({ key: "announceBulkApproved", count: 1 });
    expect(after.data.segments[0]?.status).toBe("approved");
  });

  it("closes a dialog, giving the focus back to its row when it was about one", () => {
    const open = run(start(), { type: "open-dialog", dialog: { type: "history", segmentId: 2 } });
    expect(run(open, { type: "close-dialog" })).toMatchObject({ dialog: null, focus: null });
    expect(run(open, { type: "close-dialog", focus: 2 })).toMatchObject({ dialog: null, focus: { segmentId: 2 } });
  });

  it("counts a segment's open comments and remembers that the article is gone", () => {
    const after = run(start(), { type: "comments", segmentId: 2, count: 3 }, { type: "gone" });
    expect(after.data.openComments).toEqual({ 2: 3 });
    expect(after.gone).toBe(true);
    expect(run(after, { type: "gone" })).toBe(after);
  });

  it("filters without losing the current row", () => {
    const after = run(
      start(),
      { type: "select", segmentId: 2 },
      { type: "filter", filters: { ...NO_FILTERS, kind: "subheading" } },
    );
    expect(after.filters.kind).toBe("subheading");
    expect(after.currentId).toBe(2);
  });
});
