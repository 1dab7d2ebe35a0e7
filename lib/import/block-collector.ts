import type { SegmentKind } from "../segmentation/kinds";
import type { TextHintType } from "./article-draft";
import type { TextBlock } from "./draft-from-blocks";
import { InlineText } from "./inline-text";

/** Gathers a structured document's text into blocks while a walker goes through its tree. */
export class BlockCollector {
  readonly blocks: TextBlock[] = [];
  #text = new InlineText();
  #kind: SegmentKind = "paragraph";
  /** Counts flushed blocks, so that a span interrupted by a new block starts at that block's start. */
  #flushes = 0;

  get kind(): SegmentKind {
    return this.#kind;
  }

  /** Ends the current block and starts one of `kind`. */
  start(kind: SegmentKind): void {
    this.flush();
    this.#kind = kind;
  }

  /** Ends the current block; a block without visible text is left out. */
  flush(): void {
    const { text, spans } = this.#text.finish();
    if (text !== "") this.blocks.push({ kind: this.#kind, text, spans });
    this.#text = new InlineText();
    this.#flushes++;
  }

  append(text: string): void {
    this.#text.append(text);
  }

  /** Runs `addContent` and records what it added as a span of `type`. */
  span(type: TextHintType, addContent: () => void): void {
    const start = this.#text.length;
    const flushes = this.#flushes;
    addContent();
    this.#text.addSpan(type, flushes === this.#flushes ? start : 0);
  }
}
