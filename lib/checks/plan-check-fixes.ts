import type { SegmentKind } from "../segmentation/kinds";
import { fixedText } from "./fix-text";
import type { Fix } from "./types";

export interface PlannableSegment {
  id: number;
  version: number;
  text: string;
  kind: SegmentKind;
}

export interface PlannableFinding {
  segmentId: number;
  start: number;
  end: number;
  fixes: Fix[];
}

/** What applying every finding's best fix does to one segment. */
export interface PlannedFix {
  segmentId: number;
  version: number;
  textBefore: string;
  textAfter: string;
  kindAfter: SegmentKind;
  /** Where to split off a dateline, in `textAfter`; null for no split. */
  splitAt: number | null;
  /** How many findings the plan fixes in this segment. */
  fixed: number;
}

/** Where a finding's fix edits the text: its span, or the one offset an insertion adds at. */
function editRange(finding: PlannableFinding, fix: Fix | undefined): { start: number; end: number } {
  return fix?.type === "insert" ? { start: fix.at, end: fix.at } : finding;
}

/** Right to left by where each fix edits; of insertions at one offset the outer mark's goes first, so closers nest. */
function rightToLeft(left: PlannableFinding, right: PlannableFinding): number {
  return editRange(right, right.fixes[0]).start - editRange(left, left.fixes[0]).start || left.start - right.start;
}

/**
 * Plans the best fix of each finding, segment by segment. Text fixes apply right to left
 * so earlier offsets stay valid; a fix overlapping one already planned is left for later.
 */
export function planCheckFixes(
  segments: readonly PlannableSegment[],
  findings: readonly PlannableFinding[],
): PlannedFix[] {
  const bySegment = new Map<number, PlannableFinding[]>();
  for (const finding of findings)
    bySegment.set(finding.segmentId, [...(bySegment.get(finding.segmentId) ?? []), finding]);
  const plans: PlannedFix[] = [];
  for (const segment of segments) {
    const found = bySegment.get(segment.id);
    if (!found) continue;
    let text = segment.text;
    let kind = segment.kind;
    let splitAt: number | null = null;
    let fixed = 0;
    let leftmostEdit = Number.POSITIVE_INFINITY;
    for (const finding of [...found].sort(rightToLeft)) {
      const fix = finding.fixes[0];
      if (!fix || editRange(finding, fix).end > leftmostEdit) continue;
      if (fix.type === "mark-chrome") kind = "page_chrome";
      else if (fix.type === "split-dateline") {
        if (leftmostEdit !== Number.POSITIVE_INFINITY && leftmostEdit < fix.at) continue;
        splitAt = fix.at;
      } else {
        text = fixedText(text, finding, fix) ?? text;
        leftmostEdit = editRange(finding, fix).start;
      }
      fixed += 1;
    }
    if (fixed > 0)
      plans.push({
        segmentId: segment.id,
        version: segment.version,
        textBefore: segment.text,
        textAfter: text,
        kindAfter: kind,
        splitAt,
        fixed,
      });
  }
  return plans;
}
