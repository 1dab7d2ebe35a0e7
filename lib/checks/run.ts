import { CHECKS } from "./registry";
import { hasCasedLettersBeyondLatin1 } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

/** Past a few marks of one kind in one sentence, more help no one; the cap bounds what a hostile text can store. */
export const MAX_FINDINGS_PER_CHECK = 20;
/** An article's findings stop here; the review screen says so when an article reaches it. */
export const MAX_FINDINGS_PER_ARTICLE = 5_000;

export interface RunChecksOptions {
  sourceLang?: string | null;
  targetLang: string;
  /** The block index of each segment; a block's segments are consecutive. */
  blocks: number[];
  /** Defaults to every registered check. */
  checks?: readonly CheckDefinition[];
}

function byOffset(left: CheckMatch, right: CheckMatch): number {
  return left.start - right.start || left.end - right.end;
}

/** Groups consecutive segments with the same block index; each group is the `segments` every check sees. */
function groupBlocks(
  segments: readonly SegmentView[],
  blockIndexes: readonly number[],
): { blocks: SegmentView[][]; blockOf: SegmentView[][]; positions: number[] } {
  const blocks: SegmentView[][] = [];
  const blockOf: SegmentView[][] = [];
  const positions: number[] = [];
  let current: SegmentView[] = [];
  segments.forEach((segment, index) => {
    if (index === 0 || blockIndexes[index] !== blockIndexes[index - 1]) {
      current = [];
      blocks.push(current);
    }
    positions.push(current.length);
    current.push(segment);
    blockOf.push(current);
  });
  return { blocks, blockOf, positions };
}

/** A check that points outside its segment, or at nothing, is a bug in the check: fail loudly, naming it. */
function assertInBounds(check: CheckDefinition, match: CheckMatch, segment: SegmentView): void {
  const { start, end } = match;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= segment.text.length)
    return;
  throw new Error(`Check "${check.id}" returned [${start}, ${end}) for a segment of ${segment.text.length} characters`);
}

/**
 * Runs the checks over an article's segments: one array of matches per segment, sorted by
 * start. Each check keeps its first MAX_FINDINGS_PER_CHECK matches in a segment, and the
 * article stops at MAX_FINDINGS_PER_ARTICLE, so no text can make the findings outgrow it.
 */
export function runChecks(segments: SegmentView[], options: RunChecksOptions): CheckMatch[][] {
  return runChecksCapped(segments, options).matches;
}

/**
 * `runChecks`, saying whether the article's cap cut the findings short. Findings in page
 * chrome, which no one fixes, never count against the cap.
 */
export function runChecksCapped(
  segments: SegmentView[],
  options: RunChecksOptions,
): { matches: CheckMatch[][]; capped: boolean } {
  const checks = options.checks ?? CHECKS;
  const { blocks, blockOf, positions } = groupBlocks(segments, options.blocks);
  let budget = MAX_FINDINGS_PER_ARTICLE;
  let capped = false;
  const matches = segments.map((segment, index) => {
    if (budget === 0) {
      capped = true;
      return [];
    }
    const context: CheckContext = {
      segment,
      previous: segments[index - 1],
      next: segments[index + 1],
      block: {
        index: options.blocks[index] ?? 0,
        segments: blockOf[index] ?? [segment],
        positionInBlock: positions[index] ?? 0,
      },
      article: { index, total: segments.length, blocks },
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      casedBeyondLatin1: hasCasedLettersBeyondLatin1(segment.text),
    };
    const matches: CheckMatch[] = [];
    for (const check of checks) {
      const found = check.detect(segment, context);
      for (const match of found.length > MAX_FINDINGS_PER_CHECK ? found.slice(0, MAX_FINDINGS_PER_CHECK) : found) {
        assertInBounds(check, match, segment);
        matches.push(match);
      }
    }
    if (matches.length > 1) matches.sort(byOffset);
    if (segment.kind === "page_chrome") return matches;
    if (matches.length > budget) {
      matches.length = budget;
      capped = true;
    }
    budget -= matches.length;
    return matches;
  });
  return { matches, capped };
}
