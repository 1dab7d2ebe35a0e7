import { defaultTreeAdapter, html, type DefaultTreeAdapterTypes } from "parse5";

export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlChild = HtmlElement | string;

/**
 * An HTML element built as a parse5 tree: text only ever becomes text nodes, so the
 * serializer escapes all of it and no stored text can turn into markup.
 */
export function htmlElement(
  tagName: string,
  attributes: Readonly<Record<string, string>>,
  children: readonly HtmlChild[] = [],
): HtmlElement {
  const element = defaultTreeAdapter.createElement(
    tagName,
    html.NS.HTML,
    Object.entries(attributes).map(([name, value]) => ({ name, value })),
  );
  for (const child of children) {
    if (typeof child === "string") defaultTreeAdapter.insertText(element, child);
    else defaultTreeAdapter.appendChild(element, child);
  }
  return element;
}
