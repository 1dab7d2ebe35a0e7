import { CHECKS } from "./registry";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

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
function groupBlocks(segments: readonly SegmentView[], blockIndexes: readonly number[]): { blocks: SegmentView[][]; blockOf: SegmentView[][]; positions: number[] } {
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

/** Runs the checks over an article's segments: one array of matches per segment, sorted by start. */
export function runChecks(segments: SegmentView[], options: RunChecksOptions): CheckMatch[][] {
  const checks = options.checks ?? CHECKS;
  const { blocks, blockOf, positions } = groupBlocks(segments, options.blocks);
  return segments.map((segment, index) => {
    const context: CheckContext = {
      segment,
      previous: segments[index - 1],
      next: segments[index + 1],
      block: { index: options.blocks[index] ?? 0, segments: blockOf[index] ?? [segment], positionInBlock: positions[index] ?? 0 },
      article: { index, total: segments.length, blocks },
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
    };
    const matches: CheckMatch[] = [];
    for (const check of checks) {
      for (const match of check.detect(segment, context)) matches.push(match);
    }
    return matches.length > 1 ? matches.sort(byOffset) : matches;
  });
}
