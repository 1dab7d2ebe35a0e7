import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import type { SegmentKind, SegmentStatus } from "@/lib/segmentation/kinds";
import type { ArticleUpdate } from "./actions";

/** What the client needs to know of each check. */
export interface CheckInfo {
  messageKey: string;
  /** Key of the category's name under `Checks.categories`. */
  categoryKey: string;
  severity: "minor" | "major" | "critical";
}

export type CheckCatalog = Record<string, CheckInfo>;

export interface ReviewData {
  segments: SegmentRow[];
  findings: FindingRow[];
  /** Unresolved comments per segment id. */
  openComments: Record<number, number>;
}

/** Replaces changed segments in place and puts new ones (from a split) next to their sibling. */
function mergeSegments(current: readonly SegmentRow[], changed: readonly SegmentRow[], removedIds: readonly number[]): SegmentRow[] {
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
    const sibling = changed.find((other) => other.id !== segment.id && next.some((candidate) => candidate.id === other.id));
    const siblingAt = sibling ? next.findIndex((candidate) => candidate.id === sibling.id) : next.length;
    const insertAt = anchor >= 0 ? anchor + 1 : siblingAt;
    next.splice(insertAt, 0, segment);
    anchor = insertAt;
  }
  return next;
}

export function applyUpdate(data: ReviewData, update: ArticleUpdate): ReviewData {
  const segments = update.allSegments ?? (update.segments.length > 0 || update.removedIds ? mergeSegments(data.segments, update.segments, update.removedIds ?? []) : data.segments);
  return { segments, findings: update.findings ?? data.findings, openComments: update.openComments ?? data.openComments };
}

export interface Filters {
  status: SegmentStatus | "all";
  check: string | "all";
  kind: SegmentKind | "all";
  search: string;
  /** Only segments with unresolved comments. */
  commented: boolean;
}

export const NO_FILTERS: Filters = { status: "all", check: "all", kind: "all", search: "", commented: false };

/** What the signed-in person may do here; the server checks again on every action. */
export interface Permissions {
  edit: boolean;
  review: boolean;
}

export function openFindings(findings: readonly FindingRow[]): FindingRow[] {
  return findings.filter((finding) => !finding.dismissal);
}

/** Segments that pass every filter, in reading order. */
export function filterSegments(
  segments: readonly SegmentRow[],
  openBySegment: ReadonlyMap<number, readonly FindingRow[]>,
  openComments: Readonly<Record<number, number>>,
  filters: Filters,
): SegmentRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return segments.filter(
    (segment) =>
      (filters.status === "all" || segment.status === filters.status) &&
      (!filters.commented || (openComments[segment.id] ?? 0) > 0) &&
      (filters.kind === "all" || segment.kind === filters.kind) &&
      (filters.check === "all" || (openBySegment.get(segment.id) ?? []).some((finding) => finding.check === filters.check)) &&
      (!search || segment.text.toLocaleLowerCase().includes(search) || segment.mtText.toLocaleLowerCase().includes(search)),
  );
}

export function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K | readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const keys = key(item);
    for (const each of typeof keys === "string" ? [keys] : new Set(keys as readonly K[])) counts.set(each, (counts.get(each) ?? 0) + 1);
  }
  return counts;
}

/** Groups findings by segment, reusing the previous arrays where nothing changed so rows need not re-render. */
export function groupFindings(findings: readonly FindingRow[], previous: ReadonlyMap<number, FindingRow[]>): Map<number, FindingRow[]> {
  const grouped = new Map<number, FindingRow[]>();
  for (const finding of findings) grouped.set(finding.segmentId, [...(grouped.get(finding.segmentId) ?? []), finding]);
  const signature = (list: readonly FindingRow[]) => list.map((finding) => `${finding.id}:${finding.dismissal?.id ?? ""}`).join(",");
  for (const [segmentId, list] of grouped) {
    const before = previous.get(segmentId);
    if (before && signature(before) === signature(list)) grouped.set(segmentId, before);
  }
  return grouped;
}
