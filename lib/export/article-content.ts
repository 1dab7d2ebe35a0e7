import type { DismissalRecord, RevisionRecord, TextHint } from "../import/article-draft";
import type { SegmentKind, SegmentStatus } from "../segmentation/kinds";

/** What every export format reads: the segments in order, with their current text. */
export interface ExportSegment {
  block: number;
  kind: SegmentKind;
  gapBefore: string;
  /** The current text. */
  text: string;
  /** Absent in callers that don't track review; such segments are exported unmarked. */
  status?: SegmentStatus;
  /** The machine output as imported (XLIFF keeps it as an alternative when it differs, JSON always). */
  mtText?: string;
  sourceText?: string | null;
  /** The segment's id in the file it was imported from, named again by XLIFF and JSON. */
  externalId?: string | null;
  hints?: readonly TextHint[];
  /** Oldest first; only the JSON format carries them. */
  revisions?: readonly RevisionRecord[];
  /** Oldest first; only the JSON format carries them. */
  dismissals?: readonly DismissalRecord[];
}

export interface ArticleContent {
  title: string;
  trailingText: string;
  segments: readonly ExportSegment[];
  /** Needed by the bilingual formats and HTML's lang; unknown is written as "und". */
  sourceLang?: string | null;
  targetLang?: string;
  origin?: string;
}

/** "approved": only approved segments; "all": every segment, the unapproved ones marked. */
export type ExportScope = "approved" | "all";

export interface ExportOptions {
  /** Defaults to "all". */
  scope?: ExportScope;
}

export function isInScope(segment: ExportSegment, options: ExportOptions = {}): boolean {
  return options.scope !== "approved" || segment.status === "approved";
}

/** Page chrome, emptied segments and segments out of scope never reach a reader's export. */
export function isExported(segment: ExportSegment, options: ExportOptions = {}): boolean {
  return segment.kind !== "page_chrome" && segment.text.trim() !== "" && isInScope(segment, options);
}

/**
 * Whether an "approved only" export would hold anything: for a reader's format, approved text other than
 * page chrome; for XLIFF, any approved segment. A file of nothing helps no one.
 */
export function hasApprovedText(content: ArticleContent, forReaders = true): boolean {
  const holds = forReaders ? isExported : isInScope;
  return content.segments.some((segment) => holds(segment, { scope: "approved" }));
}

/** The status to mark a segment with in a reader's export; null when approved or when the status is unknown. */
export function unapprovedStatus(segment: ExportSegment): SegmentStatus | null {
  return segment.status === undefined || segment.status === "approved" ? null : segment.status;
}

/** The visible marker that every reader's format puts before an unapproved segment: "[edited] ". */
export function unapprovedMarker(segment: ExportSegment): string {
  const status = unapprovedStatus(segment);
  return status === null ? "" : `[${status}] `;
}

/** The separator that follows a dateline when it shares a line with the story's first sentence. */
export const DATELINE_SEPARATOR = " — ";

/** The exported segments grouped by block, in order. */
export function exportedBlocks(content: ArticleContent, options: ExportOptions = {}): ExportSegment[][] {
  const blocks: ExportSegment[][] = [];
  let currentBlock: number | undefined;
  for (const segment of content.segments) {
    if (!isExported(segment, options)) continue;
    if (segment.block !== currentBlock) {
      blocks.push([]);
      currentBlock = segment.block;
    }
    blocks.at(-1)?.push(segment);
  }
  return blocks;
}

/** A block's kind is its segments' kind; a dateline split off the first sentence does not change it. */
export function blockKind(segments: readonly ExportSegment[]): SegmentKind {
  return segments.find((segment) => segment.kind !== "dateline")?.kind ?? "paragraph";
}

/** What separates a segment from the one before it in a reflowed block: one space, or the dateline's dash. */
export function reflowedGap(segments: readonly ExportSegment[], index: number): string {
  if (index === 0) return "";
  if (segments[index - 1]?.kind === "dateline") return DATELINE_SEPARATOR;
  return segments[index]?.gapBefore.replace(/\s+/gu, " ") || " ";
}
