import { serializeOuter } from "parse5";
import type { SegmentKind } from "../segmentation/kinds";
import {
  blockKind,
  exportedBlocks,
  reflowedGap,
  unapprovedMarker,
  unapprovedStatus,
  type ArticleContent,
  type ExportOptions,
  type ExportSegment,
} from "./article-content";
import { htmlElement, type HtmlChild, type HtmlElement } from "./html-tree";

const UNDETERMINED_LANGUAGE = "und";

// Enough to tell unapproved text apart when the file is opened in a browser; nothing is loaded from elsewhere.
const STYLE = `
body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 1.125rem/1.6 Georgia, serif; }
.standfirst { font-weight: bold; }
figcaption { font-style: italic; }
.unapproved { background: #fff3bf; }
.unapproved[data-status="rejected"] { background: #ffe3e3; }
.status { font: bold 0.75em system-ui, sans-serif; }
`;

function segmentContent(segment: ExportSegment): HtmlChild {
  const text: HtmlChild =
    segment.kind === "dateline" ? htmlElement("strong", { class: "dateline" }, [segment.text]) : segment.text;
  const status = unapprovedStatus(segment);
  if (status === null) return text;
  // The marker is text, as in Markdown and plain text, so it shows in print, in a reader and to a screen reader.
  const marker = htmlElement("span", { class: "status" }, [unapprovedMarker(segment)]);
  return htmlElement("span", { class: "unapproved", "data-status": status }, [marker, text]);
}

function blockContent(segments: readonly ExportSegment[]): HtmlChild[] {
  return segments.flatMap((segment, index) => {
    const gap = reflowedGap(segments, index);
    return gap ? [gap, segmentContent(segment)] : [segmentContent(segment)];
  });
}

const BLOCK_ELEMENT: Record<SegmentKind, (content: HtmlChild[]) => HtmlElement> = {
  headline: (content) => htmlElement("h1", {}, content),
  standfirst: (content) => htmlElement("p", { class: "standfirst" }, content),
  subheading: (content) => htmlElement("h2", {}, content),
  caption: (content) => htmlElement("figure", {}, [htmlElement("figcaption", {}, content)]),
  paragraph: (content) => htmlElement("p", {}, content),
  dateline: (content) => htmlElement("p", {}, content),
  page_chrome: (content) => htmlElement("p", {}, content),
};

/** Children separated by line breaks, so that the file reads well as source too. */
function onLines(children: readonly HtmlChild[]): HtmlChild[] {
  return children.flatMap((child) => ["\n", child]).concat("\n");
}

/**
 * The article as a complete HTML document: h1, h2, p, figure/figcaption, a lang attribute,
 * every text escaped by parse5's serializer. With scope "all", an unapproved segment is a
 * `<span class="unapproved" data-status="…">` that starts with its status as text ("[edited] ");
 * page chrome is never included.
 */
export function toHtml(content: ArticleContent, options: ExportOptions = {}): string {
  const blocks = exportedBlocks(content, options).map((segments) =>
    BLOCK_ELEMENT[blockKind(segments)](blockContent(segments)),
  );
  const head = htmlElement(
    "head",
    {},
    onLines([
      htmlElement("meta", { charset: "utf-8" }),
      htmlElement("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      htmlElement("title", {}, [content.title]),
      htmlElement("style", {}, [STYLE]),
    ]),
  );
  const body = htmlElement("body", { dir: "auto" }, onLines([htmlElement("article", {}, onLines(blocks))]));
  const root = htmlElement("html", { lang: content.targetLang ?? UNDETERMINED_LANGUAGE }, onLines([head, body]));
  return `<!DOCTYPE html>\n${serializeOuter(root)}\n`;
}
