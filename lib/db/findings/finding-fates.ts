import type { Fix } from "../../checks/types";
import type { SegmentKind } from "../../segmentation/kinds";
import type { Tx } from "../connect";
import type { FindingFate, StaleCause } from "../generated/client";

/** A segment as it was before the write that led to a refresh. */
export interface SegmentBefore {
  segmentId: number;
  text: string;
  kind: SegmentKind;
}

/**
 * What the write that led to a refresh did, so that the findings it settles get their fate
 * in the same transaction. Without it (an import, a recheck) a finding that goes away is stale.
 */
export interface RefreshCause {
  /** Who wrote; recorded as the one who decided. */
  actorId: number | null;
  /** The segments whose text or kind the write changed, as they were before it. */
  changed?: readonly SegmentBefore[];
  /** The findings whose suggested fix the write applied. */
  fixedFindingIds?: readonly number[];
  /** A bulk fix of one check: its findings that go away in the changed segments were fixed. */
  fixedCheck?: string;
}

/** A stored finding that no longer stands. */
export interface GoneFinding {
  id: number;
  segmentId: number;
  check: string;
  start: number;
  end: number;
  fixes: unknown;
  dismissalId: number | null;
}

export interface SettledFate {
  fate: Exclude<FindingFate, "dismissed">;
  staleCause: StaleCause | null;
}

/**
 * Whether the edit from `before` to `after` changed text at [start, end) of `before` or right
 * next to it: the changed stretch is what lies between their common prefix and suffix.
 */
export function editTouches(before: string, after: string, start: number, end: number): boolean {
  if (before === after) return false;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return start <= before.length - suffix && end >= prefix;
}

function offersMarkChrome(fixes: unknown): boolean {
  return Array.isArray(fixes) && (fixes as Fix[]).some((fix) => fix.type === "mark-chrome");
}

/**
 * The fate of a finding that went away, or null when it needs none: a dismissed finding was
 * judged when it was dismissed (or, imported, elsewhere). In order:
 * - fixed: the write applied its fix, or bulk-fixed its check in its segment;
 * - stale (merged): its segment is no longer in the article;
 * - resolved: its segment became page chrome by hand and the finding's fix was to mark it so;
 * - stale (chrome): its segment became page chrome otherwise;
 * - stale (disabled): an admin turned its check off;
 * - resolved: the write edited the text at its place, or right next to it;
 * - stale (unfound): none of the above; the check stopped finding it though the text there is unchanged.
 */
export function fateOfGoneFinding(
  finding: GoneFinding,
  now: { segment: { text: string; kind: SegmentKind } | undefined; checkEnabled: boolean },
  cause: RefreshCause | undefined,
  before: SegmentBefore | undefined,
): SettledFate | null {
  if (finding.dismissalId !== null) return null;
  const stale = (staleCause: StaleCause): SettledFate => ({ fate: "stale", staleCause });
  if (cause?.fixedFindingIds?.includes(finding.id) || (cause?.fixedCheck === finding.check && before))
    return { fate: "fixed", staleCause: null };
  if (!now.segment) return stale("merged");
  if (now.segment.kind === "page_chrome")
    return before && before.kind !== "page_chrome" && offersMarkChrome(finding.fixes)
      ? { fate: "resolved", staleCause: null }
      : stale("chrome");
  if (!now.checkEnabled) return stale("disabled");
  if (before && editTouches(before.text, now.segment.text, finding.start, finding.end))
    return { fate: "resolved", staleCause: null };
  return stale("unfound");
}

export interface FindingRemoval {
  id: number;
  /** Null for a finding that needs no verdict. */
  fate: SettledFate | null;
}

/**
 * Deletes findings and records the verdicts of those that have a fate, in one statement
 * whatever their number. A finding already judged keeps its first verdict.
 */
export async function removeFindings(
  tx: Tx,
  removals: readonly FindingRemoval[],
  actorId: number | null,
): Promise<void> {
  if (removals.length === 0) return;
  const settled = removals.filter((removal) => removal.fate !== null);
  // Prisma writes timestamps in UTC into these columns without a time zone; so does this.
  await tx.$executeRaw`
    WITH gone AS (
      DELETE FROM findings WHERE id = ANY(${removals.map((removal) => removal.id)}::int[])
      RETURNING id, article_id, segment_id, "check", severity, text, created_at
    )
    INSERT INTO finding_verdicts (finding_id, article_id, segment_id, "check", severity, text, fate, stale_cause, raised_at, decided_at, decided_by_id)
    SELECT gone.id, gone.article_id, gone.segment_id, gone."check", gone.severity, gone.text, fates.fate, fates.stale_cause, gone.created_at, now() AT TIME ZONE 'UTC', ${actorId}::int
    FROM gone
    JOIN unnest(
      ${settled.map((removal) => removal.id)}::int[],
      ${settled.map((removal) => removal.fate?.fate ?? "stale")}::"FindingFate"[],
      ${settled.map((removal) => removal.fate?.staleCause ?? null)}::"StaleCause"[]
    ) AS fates(id, fate, stale_cause) ON fates.id = gone.id
    ON CONFLICT (finding_id) DO NOTHING`;
}

/** Before an article is deleted: its undecided findings go stale with it, in one statement. */
export async function settleDeletedArticleFindings(tx: Tx, articleId: number, actorId: number | null): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO finding_verdicts (finding_id, article_id, segment_id, "check", severity, text, fate, stale_cause, raised_at, decided_at, decided_by_id)
    SELECT id, article_id, segment_id, "check", severity, text, 'stale', 'deleted', created_at, now() AT TIME ZONE 'UTC', ${actorId}::int
    FROM findings WHERE article_id = ${articleId} AND dismissal_id IS NULL
    ON CONFLICT (finding_id) DO NOTHING`;
}
