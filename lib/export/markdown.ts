import type { SegmentKind } from "../segmentation/kinds";
import { blockKind, exportedBlocks, reflowedGap, unapprovedMarker, type ArticleContent, type ExportOptions, type ExportSegment } from "./article-content";

// Characters that would otherwise turn plain words into Markdown syntax.
const INLINE_SYNTAX = /[\\`*_[\]<>]/g;
const BLOCK_START_SYNTAX = /^(\s*)(#{1,6}\s|>|[-+]\s)/;
const ORDERED_LIST_START = /^(\s*\d+)([.)]\s)/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(BLOCK_START_SYNTAX, "$1\\$2")
    .replace(ORDERED_LIST_START, "$1\\$2");
}

function blockText(segments: readonly ExportSegment[]): string {
  return segments
    .map((segment, index) => {
      const text = escapeMarkdown(segment.text);
      return reflowedGap(segments, index) + unapprovedMarker(segment) + (segment.kind === "dateline" ? `**${text}**` : text);
    })
    .join("");
}

const BLOCK_FORMAT: Record<SegmentKind, (text: string) => string> = {
  headline: (text) => `# ${text}`,
  standfirst: (text) => `**${text}**`,
  subheading: (text) => `## ${text}`,
  caption: (text) => `_${text}_`,
  paragraph: (text) => text,
  dateline: (text) => text,
  page_chrome: (text) => text,
};

/**
 * The article as Markdown: one paragraph per block, headings for headline and subheadings.
 * With scope "all", an unapproved segment is preceded by its status in brackets: "[edited] ".
 */
export function toMarkdown(content: ArticleContent, options: ExportOptions = {}): string {
  return exportedBlocks(content, options)
    .map((segments) => BLOCK_FORMAT[blockKind(segments)](blockText(segments)))
    .join("\n\n")
    .concat("\n");
}
