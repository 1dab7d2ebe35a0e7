import type { SegmentKind, SegmentStatus } from "../segmentation/kinds";

/** An article ready to be stored: everything an importer produces, before it has ids. */
export interface ArticleDraft {
  title: string;
  sourceLang: string | null;
  targetLang: string;
  origin: string;
  trailingText: string;
  segments: SegmentDraft[];
}

export interface SegmentDraft {
  block: number;
  kind: SegmentKind;
  gapBefore: string;
  /** The machine output: what the article's diffs and revisions start from. */
  text: string;
  sourceText?: string | null;
  /** Absent means "new". */
  status?: SegmentStatus;
  /**
   * The segment's id in the file it came from (XLIFF unit/segment, trans-unit), kept so an export can name it
   * again.
   */
  externalId?: string | null;
  /** Inline formatting the import saw and removed from the text. */
  hints?: TextHint[];
  /**
   * The segment's reviewed text when the file carries one besides the machine output (Galley JSON, Galley's
   * own XLIFF).
   */
  currentText?: string;
  /** The segment's history, oldest first (Galley JSON only). */
  revisions?: RevisionRecord[];
  /** Findings someone decided were no problem (Galley JSON only). */
  dismissals?: DismissalRecord[];
}

export const TEXT_HINT_TYPES = ["link", "emphasis", "strong", "markup"] as const;

/**
 * link: an `<a>` or `[…](…)`; emphasis: italics (`<em>`, `<i>`, `<cite>`, `*…*`, `_…_`);
 * strong: bold (`<b>`, `<strong>`, `**…**`); markup: another inline code of a bilingual file.
 */
export type TextHintType = (typeof TEXT_HINT_TYPES)[number];

/**
 * A span of the segment's `text` (the machine output) that was formatted in the imported
 * file, in UTF-16 offsets with the end exclusive; `end` is where a link or a title ended,
 * which is where fused words happen.
 */
export interface TextHint {
  type: TextHintType;
  start: number;
  end: number;
}

/**
 * Where links and emphasis began and ended, in order, without repeats. A bilingual file's
 * inline codes ("markup") can sit anywhere, inside words too, so they say nothing of seams.
 */
export function hintEdges(hints: readonly TextHint[]): number[] {
  return [...new Set(hints.filter((hint) => hint.type !== "markup").flatMap((hint) => [hint.start, hint.end]))].sort(
    (a, b) => a - b,
  );
}

export const REVISION_ACTIONS = ["edit", "approve", "reject", "fix", "split", "merge", "set_kind", "restore"] as const;

export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export interface RevisionAuthor {
  name: string;
  email: string;
}

/** One change to a segment, as the data layer records it. */
export interface RevisionRecord {
  /** The segment's version after this change. */
  version: number;
  action: RevisionAction;
  author: RevisionAuthor | null;
  textBefore: string;
  textAfter: string;
  statusBefore: SegmentStatus;
  statusAfter: SegmentStatus;
  kindBefore: SegmentKind;
  kindAfter: SegmentKind;
  comment: string | null;
  /** Open critical findings that an approval overrode. */
  overridden: OverriddenFinding[] | null;
  /** ISO 8601 in UTC, e.g. "2025-11-12T09:30:00.000Z". */
  createdAt: string;
}

/** A decision that a check's finding is no problem; it holds while the segment's text is `segmentText`. */
export interface DismissalRecord {
  check: string;
  start: number;
  end: number;
  segmentText: string;
  reason: string | null;
  by: RevisionAuthor | null;
  /** ISO 8601 in UTC. */
  at: string;
}

export interface OverriddenFinding {
  check: string;
  text: string;
}
