import type { SegmentKind } from "../segmentation/kinds";

/** What every export format reads: the segments in order, with their current text. */
export interface ExportSegment {
  block: number;
  kind: SegmentKind;
  gapBefore: string;
  text: string;
}

export interface ArticleContent {
  title: string;
  trailingText: string;
  segments: readonly ExportSegment[];
}

/** Page chrome and emptied segments never reach an export. */
export function isExported(segment: ExportSegment): boolean {
  return segment.kind !== "page_chrome" && segment.text.trim() !== "";
}

/** The separator that follows a dateline when it shares a line with the story's first sentence. */
export const DATELINE_SEPARATOR = " — ";

/** The exported segments grouped by block, in order. */
export function exportedBlocks(content: ArticleContent): ExportSegment[][] {
  const blocks: ExportSegment[][] = [];
  let currentBlock: number | undefined;
  for (const segment of content.segments) {
    if (!isExported(segment)) continue;
    if (segment.block !== currentBlock) {
      blocks.push([]);
      currentBlock = segment.block;
    }
    blocks.at(-1)?.push(segment);
  }
  return blocks;
}
