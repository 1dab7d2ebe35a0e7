import type { SegmentKind } from "./kinds";
import { DATE_LINE, READING_TIME, TRUNCATED_DATE_LINE, isCreditLine, isWidgetLabel } from "./page-furniture";

// Layout rules for a news page copied as plain text. Only furniture that is unmistakable
// becomes page chrome here; the page-chrome check suggests the rest, for a person to confirm.
const TERMINAL_PUNCTUATION = /[.!?…:;"»”)]$/u;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;

const MAX_LABEL_WORDS = 3;
const MAX_SUBHEADING_WORDS = 10;
const MAX_HEADLINE_WORDS = 40;
/** Without a date line to close the header, a longer second line is taken for the story's first paragraph. */
const MAX_STANDFIRST_WORDS = 60;
const MAX_META_LENGTH = 60;
// A full stop, question or exclamation mark followed by a capital: a second sentence, which a headline never has.
const SENTENCE_BREAK = /[.!?…]["”»’)]?\s+["“«‘(]?\p{Lu}/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A date or reading-time line from the article's header. */
export function isMetaLine(text: string): boolean {
  return (
    text.length <= MAX_META_LENGTH &&
    (READING_TIME.test(text) || DATE_LINE.test(text) || TRUNCATED_DATE_LINE.test(text))
  );
}

/** Page furniture that is never part of the article: dates, reading times, widget labels, credits. */
export function isPageFurniture(text: string): boolean {
  return isMetaLine(text) || isWidgetLabel(text) || isCreditLine(text);
}

/** A short first line above a headline-like line (one that is not a sentence) labels the section. */
function isSectionLabel(text: string, next: string): boolean {
  return wordCount(text) <= MAX_LABEL_WORDS && !TERMINAL_PUNCTUATION.test(text) && !next.endsWith(".");
}

/** A headline is one line of one sentence; a first block of several sentences is the story itself. */
function isHeadline(text: string): boolean {
  return wordCount(text) <= MAX_HEADLINE_WORDS && !SENTENCE_BREAK.test(text);
}

function isSubheading(text: string): boolean {
  return wordCount(text) <= MAX_SUBHEADING_WORDS && !/[.!…:;,]$/u.test(text) && !PUNCTUATION_ONLY.test(text);
}

/**
 * Gives each block (a line of the article) a kind: a leading section label, the
 * headline, the standfirst, the caption that follows it in the header, then subheadings
 * and paragraphs, with page chrome wherever furniture is unmistakable.
 */
export function classifyBlocks(blocks: readonly string[]): SegmentKind[] {
  const kinds: SegmentKind[] = blocks.map((text) => (isPageFurniture(text) ? "page_chrome" : "paragraph"));

  let index = 0;
  const [first, second] = blocks;
  if (first !== undefined && second !== undefined && kinds[0] === "paragraph" && isSectionLabel(first, second)) {
    kinds[0] = "page_chrome";
    index = 1;
  }
  const firstMeta = blocks.findIndex((text, at) => at >= index && isMetaLine(text));
  const headerEnd = firstMeta === -1 ? index + 2 : firstMeta;

  // Text that starts with the story has no header to find.
  if (kinds[index] !== "paragraph" || !isHeadline(blocks[index] ?? "")) return markSubheadings(blocks, kinds, index);
  kinds[index] = "headline";
  const standfirst = blocks[index + 1] ?? "";
  // Above a date line the second line is the standfirst whatever its length; without one, only a short one is.
  const closedHeader = firstMeta !== -1;
  let caption = false;
  if (
    index + 1 < headerEnd &&
    kinds[index + 1] === "paragraph" &&
    (closedHeader || wordCount(standfirst) <= MAX_STANDFIRST_WORDS)
  ) {
    kinds[index + 1] = "standfirst";
    // On news pages the lead photo's caption follows the standfirst, above the date line.
    if (index + 2 < headerEnd && kinds[index + 2] === "paragraph") {
      kinds[index + 2] = "caption";
      caption = true;
    }
  }
  // Or the photo comes after the date and reading-time lines: a short line that is not a sentence, right
  // after them and before the story's first paragraph, is its caption, not a subheading.
  if (closedHeader && !caption) {
    let after = headerEnd;
    while (after < blocks.length && kinds[after] === "page_chrome") after++;
    const next = blocks[after + 1];
    if (
      kinds[after] === "paragraph" &&
      isSubheading(blocks[after] ?? "") &&
      next !== undefined &&
      kinds[after + 1] === "paragraph" &&
      !isSubheading(next)
    )
      kinds[after] = "caption";
  }
  return markSubheadings(blocks, kinds, headerEnd);
}

/** Short lines that are not sentences, from `from` on, head the sections after them. */
function markSubheadings(blocks: readonly string[], kinds: SegmentKind[], from: number): SegmentKind[] {
  for (let at = from; at < blocks.length; at++) {
    if (kinds[at] === "paragraph" && isSubheading(blocks[at] ?? "")) kinds[at] = "subheading";
  }
  return kinds;
}
