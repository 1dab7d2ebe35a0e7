import { classifyBlocks } from "../segmentation/classify-blocks";
import { segmentText } from "../segmentation/segment-text";
import type { ArticleDraft } from "./article-draft";
import { articleTitle } from "./article-title";

export interface PlainTextOptions {
  origin: string;
  targetLang: string;
  sourceLang?: string | null;
}

/** Reads an article copied from a web page as plain text: one block per non-blank line. */
export function parsePlainText(text: string, options: PlainTextOptions): ArticleDraft {
  const { pieces, trailingText, blocks } = segmentText(text, options.targetLang);
  const kinds = classifyBlocks(blocks);
  return {
    title: articleTitle(blocks[kinds.indexOf("headline")], blocks[0], options.origin),
    sourceLang: options.sourceLang ?? null,
    targetLang: options.targetLang,
    origin: options.origin,
    trailingText,
    segments: pieces.map((piece) => ({ ...piece, kind: kinds[piece.block] ?? "paragraph" })),
  };
}
