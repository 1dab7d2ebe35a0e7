import { classifyBlocks } from "../segmentation/classify-blocks";
import type { SegmentKind, SegmentStatus } from "../segmentation/kinds";
import type { ArticleDraft, SegmentDraft, TextHint } from "./article-draft";
import { articleTitle } from "./article-title";

/** A segment as a bilingual file has it, before it knows its block or (maybe) its kind. */
export interface UnitSegment {
  /** Whitespace the file keeps between this segment and the previous one in the same unit. */
  gapBefore: string;
  /** The machine output: the MT alternative the file names, else the target. */
  text: string;
  /** The target, when the file also names a different machine output. */
  currentText?: string;
  sourceText: string | null;
  status: SegmentStatus;
  externalId: string;
  /** Null when the file doesn't say; the layout rules for plain text decide then. */
  kind: SegmentKind | null;
  hints: TextHint[];
}

export interface DraftFromUnitsOptions {
  origin: string;
  sourceLang: string | null;
  targetLang: string;
}

const BLOCK_GAP = "\n\n";
const TRAILING_TEXT = "\n";

/** The block's text; an untranslated segment lends its source, since layout is the same in both languages. */
function blockText(segments: readonly UnitSegment[]): string {
  return segments
    .map(
      (segment, index) =>
        (index === 0 ? "" : segment.gapBefore) + ((segment.currentText ?? segment.text) || (segment.sourceText ?? "")),
    )
    .join("")
    .trim();
}

/**
 * An article from the units of a bilingual file, one block per unit. Segments keep the
 * file's ids, source, statuses and kinds; where the file names no kind, blocks are
 * classified like plain text lines.
 */
export function draftFromUnits(
  units: readonly (readonly UnitSegment[])[],
  options: DraftFromUnitsOptions,
): ArticleDraft {
  const blocks = units.filter((unit) => unit.length > 0);
  const classified = classifyBlocks(blocks.map(blockText));
  const segments = blocks.flatMap((unit, block) =>
    unit.map((segment, index): SegmentDraft => ({
      block,
      kind: segment.kind ?? classified[block] ?? "paragraph",
      gapBefore: index > 0 ? segment.gapBefore : block > 0 ? BLOCK_GAP : "",
      text: segment.text,
      sourceText: segment.sourceText,
      status: segment.status,
      externalId: segment.externalId,
      ...(segment.currentText === undefined ? {} : { currentText: segment.currentText }),
      ...(segment.hints.length > 0 ? { hints: segment.hints } : {}),
    })),
  );
  const headline = segments.find((segment) => segment.kind === "headline");
  const headlineText = headline ? blockText(blocks[headline.block] ?? []) : null;
  const firstText = segments.find((segment) => segment.kind !== "page_chrome" && segment.text.trim() !== "");
  return {
    title: articleTitle(headlineText, firstText?.currentText ?? firstText?.text, options.origin),
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    origin: options.origin,
    trailingText: segments.length > 0 ? TRAILING_TEXT : "",
    segments,
  };
}
