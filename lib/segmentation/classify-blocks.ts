import type { SegmentKind } from "./kinds";

// Simple layout rules for a news page copied as plain text; the page-chrome check refines them.
const READING_TIME = /^\d{1,3}\s?min(?:s|utes?)?(?:\s+read)?\.?$/i;
const DATE_ONLY = /^(?:(?:upd|updated|act|actualitzat|actualizado)\.?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}[:.]\d{2})?$/i;
const TRUNCATED_UPDATE = /^(?:upd|updated|act)\.\s*\d{1,2}$/i;
const WIDGET_WORD = /^(?:stats|share|subscribe|comments?|print|save|follow|related|advertisement|publicitat|publicidad)$/i;
const TERMINAL_PUNCTUATION = /[.!?…:;"»”)]$/u;

const MAX_LABEL_WORDS = 3;
const MAX_SUBHEADING_WORDS = 10;
const MAX_STANDFIRST_WORDS = 60;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Page furniture that is never part of the article: reading times, dates, widget labels. */
export function isMetaLine(text: string): boolean {
  return READING_TIME.test(text) || DATE_ONLY.test(text) || TRUNCATED_UPDATE.test(text);
}

/** A short first line above a headline-like line (one that is not a sentence) labels the section. */
function isSectionLabel(text: string, next: string): boolean {
  return wordCount(text) <= MAX_LABEL_WORDS && !TERMINAL_PUNCTUATION.test(text) && !next.endsWith(".");
}

function isSubheading(text: string): boolean {
  return wordCount(text) <= MAX_SUBHEADING_WORDS && !/[.!…:;,]$/u.test(text);
}

/**
 * Gives each block (a line of the article) a kind: a leading section label, the
 * headline, the standfirst, a caption just before the date and reading-time lines,
 * then subheadings and paragraphs, with page chrome wherever a rule recognises it.
 */
export function classifyBlocks(blocks: readonly string[]): SegmentKind[] {
  const kinds: SegmentKind[] = blocks.map((text) => (isMetaLine(text) ? "page_chrome" : "paragraph"));
  const lastIndex = blocks.length - 1;
  const last = blocks[lastIndex];
  if (last !== undefined && lastIndex > 0 && WIDGET_WORD.test(last)) kinds[lastIndex] = "page_chrome";

  let index = 0;
  const first = blocks[0];
  const second = blocks[1];
  if (first !== undefined && second !== undefined && kinds[0] === "paragraph" && isSectionLabel(first, second)) {
    kinds[0] = "page_chrome";
    index = 1;
  }
  const firstMeta = kinds.findIndex((kind, at) => at >= index && kind === "page_chrome" && isMetaLine(blocks[at] ?? ""));
  const headerEnd = firstMeta === -1 ? index + 2 : firstMeta;

  if (kinds[index] === "paragraph") kinds[index] = "headline";
  const standfirst = blocks[index + 1] ?? "";
  if (index + 1 < headerEnd && kinds[index + 1] === "paragraph" && wordCount(standfirst) <= MAX_STANDFIRST_WORDS) {
    kinds[index + 1] = "standfirst";
  }
  if (firstMeta > index + 2 && kinds[firstMeta - 1] === "paragraph") kinds[firstMeta - 1] = "caption";

  for (let at = headerEnd; at < blocks.length; at++) {
    if (kinds[at] === "paragraph" && isSubheading(blocks[at] ?? "")) kinds[at] = "subheading";
  }
  return kinds;
}
