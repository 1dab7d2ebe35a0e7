import type { TextHint, TextHintType } from "./article-draft";
import { checkNesting } from "./nesting";
import type { XmlElement } from "./parse-xml";
import { attributeOf } from "./xml-element";

export interface InlineContent {
  text: string;
  hints: TextHint[];
}

/** Paired codes around text (2.0 `<pc>`, 1.2 `<g>`): usually a link or formatting of the original page. */
const PAIRED_CODES: ReadonlySet<string> = new Set(["pc", "g"]);

/** What a paired code stood for, by its 2.0 type and subType or its 1.2 ctype. */
const CODE_HINTS: Readonly<Record<string, TextHintType>> = {
  link: "link",
  "x-link": "link",
  "xlf:i": "emphasis",
  italic: "emphasis",
  "xlf:b": "strong",
  bold: "strong",
};

function hintType(code: XmlElement): TextHintType {
  const names = [attributeOf(code, "subType"), attributeOf(code, "type"), attributeOf(code, "ctype")];
  return names.map((name) => (name === undefined ? undefined : CODE_HINTS[name])).find(Boolean) ?? "markup";
}
/** Codes whose content is the original's markup, never text: placeholders and tag halves. */
const CODE_ONLY: ReadonlySet<string> = new Set([
  "ph",
  "sc",
  "ec",
  "sm",
  "em",
  "x",
  "bx",
  "ex",
  "bpt",
  "ept",
  "it",
  "sub",
]);
// Segments are single lines in Galley; XLIFF may wrap text, and a line break in a sentence is a space.
const LINE_BREAKS = /\s*(?:\r\n|\r|\n)\s*/gu;

function collect(element: XmlElement, content: InlineContent, depth: number): void {
  checkNesting(depth);
  for (const child of element.children) {
    if (typeof child === "string") {
      content.text += child.replace(LINE_BREAKS, " ");
      continue;
    }
    if (CODE_ONLY.has(child.local)) continue;
    if (child.local === "cp") {
      // XLIFF 2.0 writes characters that XML forbids as <cp hex="…"/>.
      const codePoint = Number.parseInt(attributeOf(child, "hex") ?? "", 16);
      if (Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff)
        content.text += String.fromCodePoint(codePoint);
      continue;
    }
    const start = content.text.length;
    collect(child, content, depth + 1);
    if (PAIRED_CODES.has(child.local) && content.text.length > start)
      content.hints.push({ type: hintType(child), start, end: content.text.length });
  }
}

/**
 * The text of a `<source>` or `<target>` with its inline codes flattened: the text inside
 * paired codes and annotations is kept (and where a paired code ended becomes a hint), the
 * codes themselves are dropped.
 */
export function readInlineContent(element: XmlElement | undefined): InlineContent | null {
  if (!element) return null;
  const content: InlineContent = { text: "", hints: [] };
  collect(element, content, 0);
  return content;
}
