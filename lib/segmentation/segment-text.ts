import { endsWithAbbreviation } from "./abbreviations";

/** A sentence-sized piece of an article, with the exact text that preceded it. */
export interface TextPiece {
  /** Index of the block (a non-blank line of the original) the piece belongs to. */
  block: number;
  /** Raw text between the previous piece and this one: spaces, tabs, line breaks. */
  gapBefore: string;
  text: string;
}

export interface SegmentedText {
  pieces: TextPiece[];
  /** Raw text after the last piece. */
  trailingText: string;
  /** The blocks' text, each a line without its surrounding whitespace. */
  blocks: string[];
}

/** A sentence's place within a line: UTF-16 offsets, end exclusive, whitespace excluded. */
export interface SentenceRange {
  start: number;
  end: number;
}

const LINE = /([^\r\n]*)(\r\n|\n|\r|$)/gy;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Splits one line into sentences with `Intl.Segmenter`, keeping abbreviations whole. */
export function splitSentences(line: string, language: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  for (const { segment, index } of sentenceSegmenter(language).segment(line)) {
    const leading = segment.length - segment.trimStart().length;
    const core = segment.trim();
    if (!core) continue;
    const start = index + leading;
    const end = start + core.length;
    const previous = ranges.at(-1);
    if (previous && endsWithAbbreviation(line.slice(previous.start, previous.end), language)) {
      previous.end = end;
    } else {
      ranges.push({ start, end });
    }
  }
  return ranges;
}

/** Splits an article into blocks at line breaks and blocks into sentence pieces. */
export function segmentText(text: string, language: string): SegmentedText {
  const pieces: TextPiece[] = [];
  const blocks: string[] = [];
  let gap = "";
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match; match = LINE.exec(text)) {
    const [, line = "", lineBreak = ""] = match;
    const ranges = splitSentences(line, language);
    if (ranges.length > 0) {
      const block = blocks.length;
      blocks.push(line.trim());
      let cursor = 0;
      for (const { start, end } of ranges) {
        pieces.push({ block, gapBefore: gap + line.slice(cursor, start), text: line.slice(start, end) });
        gap = "";
        cursor = end;
      }
      gap = line.slice(cursor);
    } else {
      gap += line;
    }
    gap += lineBreak;
    if (!lineBreak) break;
  }
  return { pieces, trailingText: gap, blocks };
}

/** The exact inverse of `segmentText` for unedited pieces. */
export function joinPieces(pieces: readonly Pick<TextPiece, "gapBefore" | "text">[], trailingText: string): string {
  return pieces.map((piece) => piece.gapBefore + piece.text).join("") + trailingText;
}
