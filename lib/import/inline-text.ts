import type { TextHint, TextHintType } from "./article-draft";

const HTML_WHITE_SPACE = /[\t\n\f\r ]+/gu;

/**
 * A block's text as a browser shows it, built piece by piece: runs of white space collapse
 * to one space and none is left at either end. Formatting is kept as spans over that text.
 */
export class InlineText {
  #text = "";
  readonly #spans: TextHint[] = [];

  get length(): number {
    return this.#text.length;
  }

  append(raw: string): void {
    const piece = raw.replace(HTML_WHITE_SPACE, " ");
    const atSpace = this.#text === "" || this.#text.endsWith(" ");
    this.#text += atSpace && piece.startsWith(" ") ? piece.slice(1) : piece;
  }

  /** Records that formatting of `type` ran from `start` (an earlier `length`) to here. */
  addSpan(type: TextHintType, start: number): void {
    this.#spans.push({ type, start, end: this.#text.length });
  }

  /** The text without its trailing space, and the spans shrunk to the visible characters they cover. */
  finish(): { text: string; spans: TextHint[] } {
    const text = this.#text.trimEnd();
    const spans = this.#spans.flatMap(({ type, start, end }) => {
      let from = start;
      let to = Math.min(end, text.length);
      while (from < to && text[from] === " ") from++;
      while (to > from && text[to - 1] === " ") to--;
      return from < to ? [{ type, start: from, end: to }] : [];
    });
    return { text, spans };
  }
}
