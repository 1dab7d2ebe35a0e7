import type { SegmentKind } from "../segmentation/kinds";
import { DATELINE_SEPARATOR, exportedBlocks, type ArticleContent, type ExportSegment } from "./article-content";

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
      if (index === 0) return segment.kind === "dateline" ? `**${text}**` : text;
      const previous = segments[index - 1];
      const gap = previous?.kind === "dateline" ? DATELINE_SEPARATOR : segment.gapBefore.replace(/\s+/gu, " ") || " ";
      return gap + (segment.kind === "dateline" ? `**${text}**` : text);
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

/** The article as Markdown: one paragraph per block, headings for headline and subheadings. */
export function toMarkdown(content: ArticleContent): string {
  return exportedBlocks(content)
    .map((segments) => {
      const kind = segments.find((segment) => segment.kind !== "dateline")?.kind ?? "paragraph";
      return BLOCK_FORMAT[kind](blockText(segments));
    })
    .join("\n\n")
    .concat("\n");
}
