import {
  defaultTreeAdapter,
  parse,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type TreeAdapter,
} from "parse5";
import { ok } from "../result";
import type { SegmentKind } from "../segmentation/kinds";
import type { ArticleDraft } from "./article-draft";
import { BlockCollector } from "./block-collector";
import { draftFromBlocks } from "./draft-from-blocks";
import {
  BLOCK_ELEMENTS,
  CHROME_ELEMENTS,
  CHROME_ROLES,
  CHROME_WORDS,
  DROPPED_ELEMENTS,
  HIDDEN_CLASSES,
  SECTIONING_ELEMENTS,
  SPAN_ELEMENTS,
  STANDFIRST_WORDS,
} from "./html-rules";
import type { ImportResult } from "./import-failure";
import { checkNesting, withinNesting } from "./nesting";
import { pickLanguage, pickTargetLanguage } from "./pick-language";

type Node = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlOptions {
  origin: string;
  /** Wins over the page's `lang`: a page saved after machine translation often keeps the original's. */
  targetLang?: string | null;
  sourceLang?: string | null;
}

interface Context {
  kind: SegmentKind;
  chrome: boolean;
  /** Inside article, aside, main, nav or section, where header and footer belong to that part. */
  sectioned: boolean;
  /** Inside the header of the article itself, where the standfirst follows the headline. */
  articleHeader: boolean;
}

function isElement(node: Node | ParentNode): node is Element {
  return "tagName" in node;
}

function attributeOf(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The words of an element's class and id: "share-bar shareTools" gives share, bar, share, tools. */
function nameWords(element: Element): string[] {
  const names = `${attributeOf(element, "class") ?? ""} ${attributeOf(element, "id") ?? ""}`;
  return names
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/u)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

function isHidden(element: Element): boolean {
  const classes = (attributeOf(element, "class") ?? "").toLowerCase().split(/\s+/u);
  return (
    DROPPED_ELEMENTS.has(element.tagName) ||
    attributeOf(element, "hidden") !== undefined ||
    classes.some((name) => HIDDEN_CLASSES.has(name))
  );
}

function isChrome(element: Element, context: Context): boolean {
  const tag = element.tagName;
  return (
    CHROME_ELEMENTS.has(tag) ||
    ((tag === "header" || tag === "footer") && !context.sectioned) ||
    (attributeOf(element, "role") ?? "").split(/\s+/u).some((role) => CHROME_ROLES.has(role)) ||
    nameWords(element).some((word) => CHROME_WORDS.has(word))
  );
}

function blockKind(element: Element, context: Context, collector: BlockCollector): SegmentKind {
  const tag = element.tagName;
  const seen = (kind: SegmentKind) => collector.blocks.some((block) => block.kind === kind);
  const standfirstDue = seen("headline") && !seen("standfirst");
  if (tag === "h1") return seen("headline") ? "subheading" : "headline";
  if (tag === "figcaption") return "caption";
  const namedStandfirst = nameWords(element).some((word) => STANDFIRST_WORDS.has(word));
  if (standfirstDue && (namedStandfirst || (context.articleHeader && /^(?:p|h[2-6])$/u.test(tag)))) return "standfirst";
  if (/^h[2-6]$/u.test(tag)) return "subheading";
  return context.kind;
}

function childContext(element: Element, context: Context, collector: BlockCollector): Context {
  const tag = element.tagName;
  const chrome = context.chrome || isChrome(element, context);
  return {
    kind: BLOCK_ELEMENTS.has(tag) && !chrome ? blockKind(element, context, collector) : context.kind,
    chrome,
    sectioned: context.sectioned || SECTIONING_ELEMENTS.has(tag),
    articleHeader: context.articleHeader || (tag === "header" && !chrome),
  };
}

function effectiveKind(context: Context): SegmentKind {
  return context.chrome ? "page_chrome" : context.kind;
}

function walk(parent: ParentNode, context: Context, collector: BlockCollector, depth = 0): void {
  checkNesting(depth);
  for (const node of parent.childNodes) {
    if (node.nodeName === "#text" && "value" in node) collector.append(node.value);
    if (!isElement(node) || isHidden(node)) continue;
    if (node.tagName === "br") {
      collector.start(collector.kind);
      continue;
    }
    const inner = childContext(node, context, collector);
    // A widget inside a paragraph (a share button) is a block of chrome of its own.
    const isBlock = BLOCK_ELEMENTS.has(node.tagName) || inner.chrome !== context.chrome;
    if (isBlock) collector.start(effectiveKind(inner));
    const spanType = SPAN_ELEMENTS[node.tagName];
    if (spanType) collector.span(spanType, () => walk(node, inner, collector, depth + 1));
    else walk(node, inner, collector, depth + 1);
    if (isBlock) collector.start(effectiveKind(context));
  }
}

function findElement(parent: ParentNode, tagName: string, depth = 0): Element | undefined {
  checkNesting(depth);
  for (const node of parent.childNodes) {
    if (!isElement(node)) continue;
    if (node.tagName === tagName) return node;
    const found = findElement(node, tagName, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * parse5's own tree builder, counting each element's depth as it is inserted, so that parsing
 * stops at the first element nested past MAX_NESTING instead of building the rest of the tree.
 */
function depthCheckingAdapter(): TreeAdapter<DefaultTreeAdapterMap> {
  const depths = new WeakMap<object, number>();
  const place = (parent: ParentNode, child: Node) => {
    const depth = (depths.get(parent) ?? 0) + 1;
    checkNesting(depth);
    depths.set(child, depth);
  };
  return {
    ...defaultTreeAdapter,
    appendChild(parent, child) {
      place(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      place(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
    setTemplateContent(template, content) {
      depths.set(content, depths.get(template) ?? 0);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
}

function textOf(element: Element | undefined): string {
  return element?.childNodes.map((node) => ("value" in node ? node.value : "")).join("") ?? "";
}

/**
 * Reads a saved news page with parse5, the WHATWG parser, which never fetches or runs
 * anything. h1 is the headline, h2–h6 subheadings, figcaption the caption, other text
 * paragraphs; navigation, site header and footer, share bars, related boxes, asides and
 * forms become page-chrome segments; scripts, styles, media and hidden text are dropped.
 * Links and italics leave no mark in the text and are kept as hints.
 */
export function parseHtml(html: string, options: HtmlOptions): ImportResult<ArticleDraft> {
  return withinNesting(() => {
    const document = parse(html, { treeAdapter: depthCheckingAdapter() });
    const root = document.childNodes.find(isElement);
    const targetLang = pickTargetLanguage(options.targetLang, root && attributeOf(root, "lang"));
    if (!targetLang.ok) return targetLang;
    const sourceLang = pickLanguage(options.sourceLang);
    if (!sourceLang.ok) return sourceLang;
    const collector = new BlockCollector();
    walk(document, { kind: "paragraph", chrome: false, sectioned: false, articleHeader: false }, collector);
    collector.flush();
    return ok(
      draftFromBlocks(collector.blocks, {
        origin: options.origin,
        targetLang: targetLang.value,
        sourceLang: sourceLang.value,
        fallbackTitle: textOf(findElement(document, "title")).replace(/\s+/gu, " "),
      }),
    );
  });
}
