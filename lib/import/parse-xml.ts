import { SaxesParser } from "saxes";
import { ok } from "../result";
import { importFailure, type ImportResult } from "./import-failure";
import { MAX_NESTING } from "./nesting";

export interface XmlAttribute {
  /** The namespace URI; "" for an unprefixed attribute. */
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  /** The namespace URI; "" when the element has none. */
  uri: string;
  local: string;
  attributes: readonly XmlAttribute[];
  children: XmlNode[];
  /** Where the start tag ends, 1-based, for error messages. */
  line: number;
  column: number;
}

export type XmlNode = XmlElement | string;

// Namespace declarations are how names are resolved, not data.
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

class XmlRefusal {
  constructor(
    readonly kind: "malformed" | "doctype" | "tooDeep",
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {}
}

/**
 * Parses a whole XML document into a tree with saxes, a strict non-validating parser that
 * never loads anything: a DOCTYPE is refused outright (no DTD, so no entity of any kind can
 * be expanded or fetched), malformed XML is reported with its line and column, and parsing
 * stops at the first element nested deeper than MAX_NESTING, before any deeper tree is built.
 */
export function parseXml(text: string): ImportResult<XmlElement> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (kind: XmlRefusal["kind"], reason: string) => {
    throw new XmlRefusal(kind, parser.line, parser.column, reason);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => refuse("malformed", error.message.replace(/^\d+:\d+:\s*/u, "")));
  parser.on("doctype", () => refuse("doctype", "DOCTYPE"));
  parser.on("opentag", (tag) => {
    if (stack.length >= MAX_NESTING) refuse("tooDeep", tag.name);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.values(tag.attributes)
        .filter((attribute) => attribute.uri !== XMLNS_NAMESPACE)
        .map(({ uri, local, value }) => ({ uri, local, value })),
      children: [],
      line: parser.line,
      column: parser.column,
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on("closetag", () => void stack.pop());
  const addText = (value: string) => void stack.at(-1)?.children.push(value);
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof XmlRefusal)) throw error;
    if (error.kind === "tooDeep") return importFailure("fileTooDeep", { maxDepth: MAX_NESTING });
    return error.kind === "doctype"
      ? importFailure("xmlDoctypeRefused", { line: error.line, column: error.column })
      : importFailure("xmlMalformed", { line: error.line, column: error.column, reason: error.reason });
  }
  // saxes reports a document without a root element as an error, so this is a bug guard.
  if (!root) throw new Error("saxes accepted a document without a root element");
  return ok(root);
}
