import type { Messages } from "next-intl";
import { waitsFor, type WaitingRole } from "@/lib/auth/waiting-for";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import type { ErrorCode } from "@/lib/result";
import { SEGMENT_KINDS, SEGMENT_STATUSES, type SegmentKind, type SegmentStatus } from "@/lib/segmentation/kinds";
import type { ArticleUpdate } from "./actions";
import type { RowCommand } from "./segment-row";

/** What the client needs to know of each check. */
export interface CheckInfo {
  messageKey: string;
  /** Key of the category's name under `Checks.categories`. */
  categoryKey: string;
  severity: "minor" | "major" | "critical";
}

export type CheckCatalog = Record<string, CheckInfo>;

/** A category's message key under `Checks.categories`. */
export type CategoryKey = keyof Messages["Checks"]["categories"];

// A record, not a list, so that the type checker insists on every category and no other.
const CATEGORY_KEYS: Record<CategoryKey, true> = {
  accuracy: true,
  fluency: true,
  terminology: true,
  style: true,
  localeConventions: true,
  designMarkup: true,
};

function isCategoryKey(key: string | undefined): key is CategoryKey {
  return key !== undefined && Object.hasOwn(CATEGORY_KEYS, key);
}

/** The category a check's findings count under; the catalog's key arrives as a plain string from the server. */
export function categoryKeyOf(catalog: CheckCatalog, check: string): CategoryKey {
  const key = catalog[check]?.categoryKey;
  return isCategoryKey(key) ? key : "fluency";
}

export interface ReviewData {
  segments: SegmentRow[];
  findings: FindingRow[];
  /** Unresolved comments per segment id. */
  openComments: Record<number, number>;
}

/** Replaces changed segments in place and puts new ones (from a split) next to their sibling. */
function mergeSegments(
  current: readonly SegmentRow[],
  changed: readonly SegmentRow[],
  removedIds: readonly number[],
): SegmentRow[] {
  const removed = new Set(removedIds);
  const next = current.filter((segment) => !removed.has(segment.id));
  let anchor = -1;
  for (const segment of changed) {
    const at = next.findIndex((candidate) => candidate.id === segment.id);
    if (at >= 0) {
      // A live update may arrive after the screen already holds a newer version.
      if ((next[at]?.version ?? 0) <= segment.version) next[at] = segment;
      anchor = at;
      continue;
    }
    const sibling = changed.find(
      (other) => other.id !== segment.id && next.some((candidate) => candidate.id === other.id),
    );
    const siblingAt = sibling ? next.findIndex((candidate) => candidate.id === sibling.id) : next.length;
    const insertAt = anchor >= 0 ? anchor + 1 : siblingAt;
    next.splice(insertAt, 0, segment);
    anchor = insertAt;
  }
  return next;
}

export function applyUpdate(data: ReviewData, update: ArticleUpdate): ReviewData {
  const segments =
    update.allSegments ??
    (update.segments.length > 0 || update.removedIds
      ? mergeSegments(data.segments, update.segments, update.removedIds ?? [])
      : data.segments);
  return {
    segments,
    findings: update.findings ?? data.findings,
    openComments: update.openComments ?? data.openComments,
  };
}

export interface Filters {
  /** "waiting": what waits for the person looking, as their queue counts it. */
  status: SegmentStatus | "all" | "waiting";
  check: string | "all";
  kind: SegmentKind | "all";
  search: string;
  /** Only segments with unresolved comments. */
  commented: boolean;
}

export const NO_FILTERS: Filters = { status: "all", check: "all", kind: "all", search: "", commented: false };

/** Longer searches are cut: a link is no place for a page of text. */
export const MAX_SEARCH_LENGTH = 200;

/** A URL's query, as the page receives it: each parameter once, or repeated. */
export type FilterQuery = Record<string, string | string[] | undefined>;

function firstOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The filters a link asks for (`?status=waiting&check=fused-words&kind=paragraph&q=kremlin&commented=1`);
 * anything unknown falls back to no filter, so a stale or hand-made link still opens the article.
 */
export function filtersFromQuery(query: FilterQuery, checks: readonly string[]): Filters {
  const status = firstOf(query.status);
  const check = firstOf(query.check);
  const kind = firstOf(query.kind);
  return {
    status: status === "waiting" ? status : (SEGMENT_STATUSES.find((known) => known === status) ?? "all"),
    check: checks.find((known) => known === check) ?? "all",
    kind: SEGMENT_KINDS.find((known) => known === kind) ?? "all",
    search: (firstOf(query.q) ?? "").slice(0, MAX_SEARCH_LENGTH),
    commented: firstOf(query.commented) === "1",
  };
}

/** The query that `filtersFromQuery` reads back as these filters; filters at their default are left out. */
export function queryOfFilters(filters: Filters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status !== "all") query.set("status", filters.status);
  if (filters.check !== "all") query.set("check", filters.check);
  if (filters.kind !== "all") query.set("kind", filters.kind);
  if (filters.search.trim() !== "") query.set("q", filters.search.slice(0, MAX_SEARCH_LENGTH));
  if (filters.commented) query.set("commented", "1");
  return query;
}

/** What the signed-in person may do here; the server checks again on every action. */
export interface Permissions {
  edit: boolean;
  review: boolean;
}

export function openFindings(findings: readonly FindingRow[]): FindingRow[] {
  return findings.filter((finding) => !finding.dismissal);
}

/** Open findings by segment id, in the order given. */
export function groupOpenFindings(open: readonly FindingRow[]): Map<number, FindingRow[]> {
  const grouped = new Map<number, FindingRow[]>();
  for (const finding of open) grouped.set(finding.segmentId, [...(grouped.get(finding.segmentId) ?? []), finding]);
  return grouped;
}

const SEVERITY_RANK: Record<FindingRow["severity"], number> = { critical: 0, major: 1, minor: 2 };

/**
 * The findings that share one mark, most severe first (in text order among equals), so that the
 * popover's first fix, the one Enter applies, is the best fix of the finding that matters most.
 */
export function bySeverity<T extends Pick<FindingRow, "severity">>(findings: readonly T[]): T[] {
  return [...findings].sort((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity]);
}

/** Segments that pass every filter, in reading order. */
export function filterSegments(
  segments: readonly SegmentRow[],
  openBySegment: ReadonlyMap<number, readonly FindingRow[]>,
  openComments: Readonly<Record<number, number>>,
  filters: Filters,
  waitingRole: WaitingRole,
): SegmentRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return segments.filter(
    (segment) =>
      (filters.status === "all" ||
        (filters.status === "waiting"
          ? waitsFor(waitingRole, segment, openComments[segment.id] ?? 0)
          : segment.status === filters.status)) &&
      (!filters.commented || (openComments[segment.id] ?? 0) > 0) &&
      (filters.kind === "all" || segment.kind === filters.kind) &&
      (filters.check === "all" ||
        (openBySegment.get(segment.id) ?? []).some((finding) => finding.check === filters.check)) &&
      (!search ||
        segment.text.toLocaleLowerCase().includes(search) ||
        segment.mtText.toLocaleLowerCase().includes(search)),
  );
}

export function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K | readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const keys = key(item);
    for (const each of typeof keys === "string" ? [keys] : new Set(keys as readonly K[]))
      counts.set(each, (counts.get(each) ?? 0) + 1);
  }
  return counts;
}

/** A text's first word (with any spaces before it), and the rest. */
export function splitFirstWord(text: string): [head: string, rest: string] {
  const [, head = text, rest = ""] = /^(\s*\S*)([\s\S]*)$/u.exec(text) ?? [];
  return [head, rest];
}

/** Groups findings by segment, reusing the previous arrays where nothing changed so rows need not re-render. */
export function groupFindings(
  findings: readonly FindingRow[],
  previous: ReadonlyMap<number, FindingRow[]>,
): Map<number, FindingRow[]> {
  const grouped = new Map<number, FindingRow[]>();
  for (const finding of findings) grouped.set(finding.segmentId, [...(grouped.get(finding.segmentId) ?? []), finding]);
  const signature = (list: readonly FindingRow[]) =>
    list.map((finding) => `${finding.id}:${finding.dismissal?.id ?? ""}`).join(",");
  for (const [segmentId, list] of grouped) {
    const before = previous.get(segmentId);
    if (before && signature(before) === signature(list)) grouped.set(segmentId, before);
  }
  return grouped;
}

/** The id `step` rows away from `from` in `list`, clamped to its ends; from a row not in the list, the first row. */
export function stepFrom(list: readonly SegmentRow[], from: number | null, step: number): number | null {
  if (list.length === 0) return null;
  const at = list.findIndex((segment) => segment.id === from);
  return list[at === -1 ? 0 : Math.min(list.length - 1, Math.max(0, at + step))]?.id ?? null;
}

/** The segment a merge would join to `segmentId`: the next one, only when it is in the same block. */
export function mergePartner(segments: readonly SegmentRow[], segmentId: number): SegmentRow | null {
  const at = segments.findIndex((segment) => segment.id === segmentId);
  const segment = segments[at];
  const next = at === -1 ? undefined : segments[at + 1];
  return segment && next && next.block === segment.block ? next : null;
}

/**
 * Whether someone with `permissions` may give a row this command; the server checks again, this spares a
 * round trip and a message.
 */
export function commandAllowed(command: RowCommand, permissions: Permissions): boolean {
  const reviewing = command.type === "approve-now" || command.type === "reject" || command.type === "approve";
  const editing = !reviewing && command.type !== "select" && command.type !== "history" && command.type !== "cancel";
  return (!reviewing || permissions.review) && (!editing || permissions.edit);
}

/** Why a row's last command failed, shown in the row. */
export interface Problem {
  code: ErrorCode | "unexpected";
  values?: Record<string, string | number>;
}

/** A finding that blocks approval, as the override dialog lists it. */
export interface BlockingFinding {
  check: string;
  text: string;
}

/** The one dialog open over the review screen. */
export type Dialog =
  | { type: "help" }
  | { type: "reject"; segmentId: number }
  | { type: "override"; segmentId: number; version: number; findings: BlockingFinding[] }
  | { type: "history"; segmentId: number }
  | { type: "bulk-fix" }
  | { type: "bulk-approve" };

/** What the screen reader hears after an action whose result is not in focus; the view words it. */
export type Announcement =
  | { key: "announceApproved"; number: number }
  | { key: "announceFixed"; count: number }
  | { key: "announceBulkApproved"; count: number };

/** What the screen does once an action for a segment succeeded. */
export type AfterSuccess =
  /** Nothing more. */
  | "stay"
  /** Focus the segment's row again (a fix, a dismissal, a rejection). */
  | "focus"
  /** Close the editor and focus the row (a save). */
  | "close-editor"
  /** Edit the next visible segment, or close the editor on the last one (Ctrl+Enter). */
  | "edit-next"
  /** Close the editor and move to the split's second part. */
  | "split"
  /** Close the dialog and announce the approval. */
  | "approved";

export interface ReviewState {
  data: ReviewData;
  /**
   * Each segment's findings, the arrays kept from one update to the next where they did not change, so rows
   * need not re-render.
   */
  findingsBySegment: ReadonlyMap<number, FindingRow[]>;
  filters: Filters;
  /** Whose work the "For you" filter shows. */
  waitingRole: WaitingRole;
  /** The row the keys act on. */
  currentId: number | null;
  editingId: number | null;
  /** Segments with an action under way. */
  pending: ReadonlySet<number>;
  problems: ReadonlyMap<number, Problem>;
  /** Someone deleted the article, or took it away from this person, while it was open. */
  gone: boolean;
  dialog: Dialog | null;
  announcement: Announcement | null;
  /** The row to move the keyboard focus to; a new object each time, so the same row can be asked for twice. */
  focus: { segmentId: number } | null;
}

export type ReviewAction =
  | { type: "select"; segmentId: number }
  /** A link to one segment (`#segment-12`) opened the screen. */
  | { type: "link"; segmentId: number }
  /** J/K: the next or previous visible segment. */
  | { type: "move"; step: number }
  | { type: "edit"; segmentId: number }
  /** Esc in the editor: the edit and its problem are dropped. */
  | { type: "cancel-edit"; segmentId: number }
  | { type: "close-editor"; segmentId: number }
  | { type: "focus"; segmentId: number }
  | { type: "filter"; filters: Filters }
  | { type: "open-dialog"; dialog: Dialog }
  | { type: "close-dialog"; focus?: number }
  | { type: "start"; segmentId: number }
  | { type: "settle"; segmentId: number }
  | { type: "fail"; segmentId: number; problem: Problem }
  | { type: "succeed"; segmentId: number; update: ArticleUpdate; then: AfterSuccess }
  /** A change that is no one row's result: someone else's, a conflict's current version, a refresh. */
  | { type: "change"; update: ArticleUpdate }
  | { type: "bulk-applied"; update: ArticleUpdate; announcement: Announcement }
  | { type: "comments"; segmentId: number; count: number }
  | { type: "gone" };

export interface InitialReview {
  segments: SegmentRow[];
  findings: FindingRow[];
  openComments: Record<number, number>;
  initialFilters: Filters;
  waitingRole: WaitingRole;
}

export function initialReviewState({
  segments,
  findings,
  openComments,
  initialFilters,
  waitingRole,
}: InitialReview): ReviewState {
  return {
    data: { segments, findings, openComments },
    findingsBySegment: groupFindings(findings, new Map()),
    filters: initialFilters,
    waitingRole,
    currentId: segments[0]?.id ?? null,
    editingId: null,
    pending: new Set(),
    problems: new Map(),
    gone: false,
    dialog: null,
    announcement: null,
    focus: null,
  };
}

/** The segments the filters let through, in reading order. */
export function visibleSegments(state: Pick<ReviewState, "data" | "filters" | "waitingRole">): SegmentRow[] {
  return filterSegments(
    state.data.segments,
    groupOpenFindings(openFindings(state.data.findings)),
    state.data.openComments,
    state.filters,
    state.waitingRole,
  );
}

/** A segment's 1-based number in the whole article (not the filtered list), or 0 when it is gone. */
export function segmentNumber(segments: readonly SegmentRow[], segmentId: number): number {
  return segments.findIndex((segment) => segment.id === segmentId) + 1;
}

function withUpdate(state: ReviewState, update: ArticleUpdate): ReviewState {
  const data = applyUpdate(state.data, update);
  const findingsBySegment =
    data.findings === state.data.findings
      ? state.findingsBySegment
      : groupFindings(data.findings, state.findingsBySegment);
  return { ...state, data, findingsBySegment };
}

function withProblem(
  problems: ReadonlyMap<number, Problem>,
  segmentId: number,
  problem: Problem | null,
): ReadonlyMap<number, Problem> {
  if (!problem && !problems.has(segmentId)) return problems;
  const next = new Map(problems);
  if (problem) next.set(segmentId, problem);
  else next.delete(segmentId);
  return next;
}

function focusOn(state: ReviewState, segmentId: number | null): ReviewState {
  return segmentId === null ? state : { ...state, focus: { segmentId } };
}

function afterSuccess(
  before: ReviewState,
  state: ReviewState,
  segmentId: number,
  update: ArticleUpdate,
  then: AfterSuccess,
): ReviewState {
  switch (then) {
    case "stay":
      return state;
    case "focus":
      return focusOn(state, segmentId);
    case "close-editor":
      return focusOn({ ...state, editingId: null }, segmentId);
    case "edit-next": {
      // The next row as the person saw it: a filter the save no longer passes must not make the cursor jump.
      const next = stepFrom(visibleSegments(before), segmentId, 1);
      return { ...state, currentId: next, editingId: next !== segmentId ? next : null };
    }
    case "split": {
      const second = update.segments[1]?.id ?? segmentId;
      return focusOn({ ...state, editingId: null, currentId: second }, second);
    }
    case "approved":
      return {
        ...state,
        dialog: null,
        announcement: { key: "announceApproved", number: segmentNumber(state.data.segments, segmentId) },
      };
  }
}

/** Every change to the review screen's state, as a pure function: the commands and keys only say what happened. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "select":
      return state.currentId === action.segmentId ? state : { ...state, currentId: action.segmentId };
    case "link":
      if (!state.data.segments.some((segment) => segment.id === action.segmentId)) return state;
      return focusOn({ ...state, currentId: action.segmentId }, action.segmentId);
    case "move": {
      const next = stepFrom(visibleSegments(state), state.currentId, action.step);
      return focusOn({ ...state, currentId: next }, next);
    }
    case "edit":
      return { ...state, currentId: action.segmentId, editingId: action.segmentId };
    case "cancel-edit":
      return focusOn(
        { ...state, editingId: null, problems: withProblem(state.problems, action.segmentId, null) },
        action.segmentId,
      );
    case "close-editor":
      return focusOn({ ...state, editingId: null }, action.segmentId);
    case "focus":
      return focusOn(state, action.segmentId);
    case "filter":
      return { ...state, filters: action.filters };
    case "open-dialog":
      return { ...state, dialog: action.dialog };
    case "close-dialog":
      return focusOn({ ...state, dialog: null }, action.focus ?? null);
    case "start":
      return { ...state, pending: new Set(state.pending).add(action.segmentId) };
    case "settle": {
      if (!state.pending.has(action.segmentId)) return state;
      const pending = new Set(state.pending);
      pending.delete(action.segmentId);
      return { ...state, pending };
    }
    case "fail":
      return { ...state, problems: withProblem(state.problems, action.segmentId, action.problem) };
    case "succeed": {
      const updated = withUpdate(
        { ...state, problems: withProblem(state.problems, action.segmentId, null) },
        action.update,
      );
      return afterSuccess(state, updated, action.segmentId, action.update, action.then);
    }
    case "change":
      return withUpdate(state, action.update);
    case "bulk-applied":
      return { ...withUpdate(state, action.update), dialog: null, announcement: action.announcement };
    case "comments":
      return {
        ...state,
        data: { ...state.data, openComments: { ...state.data.openComments, [action.segmentId]: action.count } },
      };
    case "gone":
      return state.gone ? state : { ...state, gone: true };
  }
}
