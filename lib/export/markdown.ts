import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toMarkdown as writeMarkdown } from "mdast-util-to-markdown";
import type { SegmentKind } from "../segmentation/kinds";
import {
  blockKind,
  exportedBlocks,
  reflowedGap,
  unapprovedMarker,
  type ArticleContent,
  type ExportOptions,
  type ExportSegment,
} from "./article-content";

function text(value: string): PhrasingContent {
  return { type: "text", value };
}

function blockPhrasing(segments: readonly ExportSegment[]): PhrasingContent[] {
  return segments.flatMap((segment, index) => {
    const marker = unapprovedMarker(segment);
    const own: PhrasingContent =
      segment.kind === "dateline" ? { type: "strong", children: [text(segment.text)] } : text(segment.text);
    // The marker is Galley's, not the article's: written as it is ("[edited] "), where escaping would show "\[edited]".
    const markers: PhrasingContent[] = marker ? [{ type: "html", value: marker }] : [];
    return [text(reflowedGap(segments, index)), ...markers, own];
  });
}

const heading = (depth: Heading["depth"], children: PhrasingContent[]): Heading => ({
  type: "heading",
  depth,
  children,
});
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });

const BLOCK_NODE: Record<SegmentKind, (children: PhrasingContent[]) => RootContent> = {
  headline: (children) => heading(1, children),
  standfirst: (children) => paragraph([{ type: "strong", children }]),
  subheading: (children) => heading(2, children),
  caption: (children) => paragraph([{ type: "emphasis", children }]),
  paragraph,
  dateline: paragraph,
  page_chrome: paragraph,
};

/**
 * The article as Markdown, written by mdast-util-to-markdown (the writer of the parser family
 * that reads Markdown imports), so every character of the text is escaped as CommonMark needs:
 * one paragraph per block, headings for headline and subheadings. With scope "all", an
 * unapproved segment is preceded by its status in brackets: "[edited] ".
 */
export function toMarkdown(content: ArticleContent, options: ExportOptions = {}): string {
  const root: Root = {
    type: "root",
    children: exportedBlocks(content, options).map((segments) =>
      BLOCK_NODE[blockKind(segments)](blockPhrasing(segments)),
    ),
  };
  return writeMarkdown(root, { emphasis: "_", strong: "*" });
}
