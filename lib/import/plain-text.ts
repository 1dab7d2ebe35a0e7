import { classifyBlocks } from "../segmentation/classify-blocks";
import { segmentText } from "../segmentation/segment-text";
import type { ArticleDraft } from "./article-draft";

export interface PlainTextOptions {
  origin: string;
  targetLang: string;
  sourceLang?: string | null;
}

const MAX_TITLE_LENGTH = 200;

/** Reads an article copied from a web page as plain text: one block per non-blank line. */
export function parsePlainText(text: string, options: PlainTextOptions): ArticleDraft {
  const { pieces, trailingText, blocks } = segmentText(text, options.targetLang);
  const kinds = classifyBlocks(blocks);
  const headline = blocks[kinds.indexOf("headline")] ?? blocks[0] ?? options.origin;
  return {
    title: headline.slice(0, MAX_TITLE_LENGTH),
    sourceLang: options.sourceLang ?? null,
    targetLang: options.targetLang,
    origin: options.origin,
    trailingText,
    segments: pieces.map((piece) => ({ ...piece, kind: kinds[piece.block] ?? "paragraph" })),
  };
}
