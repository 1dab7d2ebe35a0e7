import { isPageFurniture } from "../segmentation/classify-blocks";
import type { SegmentKind } from "../segmentation/kinds";
import { splitSentences, type SentenceRange } from "../segmentation/segment-text";
import type { ArticleDraft, SegmentDraft, TextHint } from "./article-draft";
import { articleTitle } from "./article-title";

/** A block of a structured document (a paragraph, a heading, a caption) with its formatting spans. */
export interface TextBlock {
  kind: SegmentKind;
  text: string;
  spans: readonly TextHint[];
}

export interface BlockDraftOptions {
  origin: string;
  targetLang: string;
  sourceLang?: string | null;
  /** The title when no block is a headline, before the first block: an HTML page's `<title>`. */
  fallbackTitle?: string | null;
}

// Structured formats have no layout of their own to keep; a blank line between blocks reads well as text.
const BLOCK_GAP = "\n\n";
const TRAILING_TEXT = "\n";

/** The part of each span that falls in the sentence the span ends in, relative to that sentence. */
function hintsIn(range: SentenceRange, spans: readonly TextHint[]): TextHint[] {
  return spans
    .filter((span) => span.end > range.start && span.end <= range.end)
    .map((span) => ({
      type: span.type,
      start: Math.max(span.start, range.start) - range.start,
      end: span.end - range.start,
    }));
}

function kindOf(block: TextBlock): SegmentKind {
  return (block.kind === "paragraph" || block.kind === "caption") && isPageFurniture(block.text)
    ? "page_chrome"
    : block.kind;
}

function segmentBlock(block: TextBlock, index: number, language: string): SegmentDraft[] {
  const kind = kindOf(block);
  let cursor = 0;
  return splitSentences(block.text, language).map((range) => {
    const hints = hintsIn(range, block.spans);
    const gapBefore = cursor === 0 ? (index === 0 ? "" : BLOCK_GAP) : block.text.slice(cursor, range.start);
    cursor = range.end;
    return {
      block: index,
      kind,
      gapBefore,
      text: block.text.slice(range.start, range.end),
      ...(hints.length > 0 ? { hints } : {}),
    };
  });
}

/**
 * An article from the blocks of a structured document: each block is split into sentence
 * segments like plain text, dates and reading times become page chrome, and each formatting
 * span goes to the sentence it ends in.
 */
export function draftFromBlocks(blocks: readonly TextBlock[], options: BlockDraftOptions): ArticleDraft {
  const nonEmpty = blocks.filter((block) => block.text.trim() !== "");
  const segments = nonEmpty.flatMap((block, index) => segmentBlock(block, index, options.targetLang));
  const headline = nonEmpty.find((block) => block.kind === "headline");
  const firstText = nonEmpty.find((block) => kindOf(block) !== "page_chrome");
  return {
    title: articleTitle(headline?.text, options.fallbackTitle, firstText?.text, options.origin),
    sourceLang: options.sourceLang ?? null,
    targetLang: options.targetLang,
    origin: options.origin,
    trailingText: segments.length > 0 ? TRAILING_TEXT : "",
    segments,
  };
}
