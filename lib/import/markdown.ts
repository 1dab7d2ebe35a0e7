import type { Nodes, Paragraph, PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { ok } from "../result";
import type { SegmentKind } from "../segmentation/kinds";
import type { ArticleDraft, TextHintType } from "./article-draft";
import { BlockCollector } from "./block-collector";
import { draftFromBlocks, type BlockDraftOptions, type TextBlock } from "./draft-from-blocks";
import type { ImportResult } from "./import-failure";
import { checkMarkdownShape } from "./markdown-shape";
import { checkNesting, withinNesting } from "./nesting";

const SPAN_TYPES: Partial<Record<PhrasingContent["type"], TextHintType>> = {
  emphasis: "emphasis",
  strong: "strong",
  link: "link",
  linkReference: "link",
};

/** Adds inline Markdown to the current block; a hard line break starts a new block of the same kind. */
function addPhrasing(nodes: readonly PhrasingContent[], collector: BlockCollector, depth: number): void {
  checkNesting(depth);
  for (const node of nodes) {
    if (node.type === "text" || node.type === "inlineCode") collector.append(node.value);
    else if (node.type === "break") collector.start(collector.kind);
    else if ("children" in node) {
      const type = SPAN_TYPES[node.type];
      if (type) collector.span(type, () => addPhrasing(node.children, collector, depth + 1));
      else addPhrasing(node.children, collector, depth + 1);
    }
    // Images, raw HTML and footnote references are not text a reader sees in the paragraph.
  }
}

/**
 * A paragraph that is wholly bold after the headline, or wholly italic, is how Galley's own Markdown writes a
 * standfirst or a caption.
 */
function wholeParagraph(
  paragraph: Paragraph,
  previous: TextBlock | undefined,
): { kind: SegmentKind; children: PhrasingContent[] } | null {
  const meaningful = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [only] = meaningful;
  if (meaningful.length !== 1 || !only) return null;
  if (only.type === "strong" && previous?.kind === "headline") return { kind: "standfirst", children: only.children };
  if (only.type === "emphasis") return { kind: "caption", children: only.children };
  return null;
}

function collect(node: Nodes, collector: BlockCollector, depth = 0): void {
  checkNesting(depth);
  switch (node.type) {
    case "heading": {
      const hasHeadline = collector.blocks.some((block) => block.kind === "headline");
      collector.start(node.depth === 1 && !hasHeadline ? "headline" : "subheading");
      addPhrasing(node.children, collector, depth + 1);
      collector.flush();
      return;
    }
    case "paragraph": {
      const whole = wholeParagraph(node, collector.blocks.at(-1));
      collector.start(whole?.kind ?? "paragraph");
      addPhrasing(whole?.children ?? node.children, collector, depth + 1);
      collector.flush();
      return;
    }
    case "code":
      for (const line of node.value.split(/\r\n|\r|\n/u)) {
        collector.start("paragraph");
        collector.append(line);
      }
      collector.flush();
      return;
    case "html":
    case "thematicBreak":
    case "definition":
    case "image":
    case "imageReference":
      return;
    default:
      if ("children" in node) for (const child of node.children) collect(child, collector, depth + 1);
  }
}

/**
 * Reads a Markdown article with mdast-util-from-markdown (CommonMark): `#` is the headline,
 * deeper headings are subheadings, paragraphs, list items and quotes are split into sentence
 * segments. Emphasis and links leave the text and stay as hints. Shapes the parser would take
 * minutes over are refused first (markdown-shape.ts).
 */
export function parseMarkdown(markdown: string, options: BlockDraftOptions): ImportResult<ArticleDraft> {
  const shape = checkMarkdownShape(markdown);
  if (!shape.ok) return shape;
  return withinNesting(() => {
    const collector = new BlockCollector();
    collect(fromMarkdown(markdown), collector);
    collector.flush();
    return ok(draftFromBlocks(collector.blocks, options));
  });
}
