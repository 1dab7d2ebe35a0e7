import type { XmlElement, XmlNode } from "./parse-xml";

/** The value of an attribute in no namespace (`uri` ""), or in the given one. */
export function attributeOf(element: XmlElement, local: string, uri = ""): string | undefined {
  return element.attributes.find((attribute) => attribute.local === local && attribute.uri === uri)?.value;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== "string";
}

/**
 * The element's child elements; given a name, only those of that name in `uri`, by default the element's own
 * namespace.
 */
export function childElements(element: XmlElement, local?: string, uri = element.uri): XmlElement[] {
  return element.children
    .filter(isElement)
    .filter((child) => local === undefined || (child.local === local && child.uri === uri));
}

export function firstChild(element: XmlElement, local: string, uri = element.uri): XmlElement | undefined {
  return childElements(element, local, uri)[0];
}
