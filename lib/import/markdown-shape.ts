import { ok } from "../result";
import { importFailure, type ImportResult } from "./import-failure";

/**
 * Lists and quotes nested deeper than this on one line are refused: a news article nests
 * a list two or three levels at most, and the parser's work grows with every level.
 */
export const MAX_MARKDOWN_DEPTH = 32;

/**
 * The parser (micromark) slows down with the square of the inline marks in one paragraph and
 * with the product of nesting and lines; these budgets, measured at about a second each on
 * the slowest shapes, are far beyond what a real article spends (a few thousand of each).
 */
export const MAX_MARK_WORK = 25_000_000;
export const MAX_CONTAINER_WORK = 100_000;
/** List items cost the parser ten times what a quote level does; an article has a few dozen. */
export const MAX_LIST_ITEMS = 2_000;

// One container marker at the start of what is left of the line: a quote, or a list item's marker and its space.
const CONTAINER = /^[ \t]*(?:(>)[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$))/u;
// Runs of emphasis marks count once each; brackets, code marks and escapes one by one.
const MARKS = /[*_]+|[[\]`\\]/gu;

/** The columns of a line's leading white space, a tab counting four. */
function indentOf(line: string): number {
  let columns = 0;
  for (const character of line) {
    if (character === " ") columns += 1;
    else if (character === "\t") columns += 4;
    else break;
  }
  return columns;
}

/**
 * How many containers a line opens at its start (list items among them), and how deep that and its
 * indentation put it.
 */
function containersOf(line: string): { markers: number; listItems: number; depth: number } {
  let rest = line;
  let markers = 0;
  let listItems = 0;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    markers++;
    if (match[1] === undefined) listItems++;
    rest = rest.slice(match[0].length);
    if (markers > MAX_MARKDOWN_DEPTH) break;
  }
  return { markers, listItems, depth: Math.floor(indentOf(line) / 2) + markers };
}

/**
 * A cheap look at a Markdown file's lines before it is parsed, so that shapes the parser would
 * spend minutes on (thousands of nested list markers, paragraphs made of unmatched emphasis or
 * brackets) are refused in milliseconds with the line where the budget ran out. Lines inside
 * code fences count like any other: telling a real fence from a look-alike takes the parser's
 * own rules, and a news article's rare code block is far from the budgets.
 */
export function checkMarkdownShape(markdown: string): ImportResult<null> {
  const lines = markdown.split(/\r\n|\r|\n/u);
  let paragraphMarks = 0;
  let markWork = 0;
  let containerWork = 0;
  let listItems = 0;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (line.trim() === "") {
      paragraphMarks = 0;
      continue;
    }
    const containers = containersOf(line);
    if (containers.markers > 0 && containers.depth > MAX_MARKDOWN_DEPTH)
      return importFailure("fileTooDeep", { maxDepth: MAX_MARKDOWN_DEPTH });
    containerWork += containers.depth;
    listItems += containers.listItems;
    const marks = line.match(MARKS)?.length ?? 0;
    // Adding k marks to a paragraph that has p already adds (p + k)² − p² to its square.
    markWork += marks * (2 * paragraphMarks + marks);
    paragraphMarks += marks;
    if (containerWork > MAX_CONTAINER_WORK || listItems > MAX_LIST_ITEMS || markWork > MAX_MARK_WORK)
      return importFailure("markdownTooComplex", { line: lineNumber });
  }
  return ok(null);
}
