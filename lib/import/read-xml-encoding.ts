import { SaxesParser } from "saxes";

const STOP = Symbol("stop");

/**
 * The encoding an XML declaration names (`<?xml version="1.0" encoding="windows-1252"?>`),
 * read by saxes from the start of the document decoded as ASCII; null when there is none.
 */
export function readXmlEncoding(head: string): string | null {
  if (!head.startsWith("<?xml")) return null;
  const parser = new SaxesParser();
  let encoding: string | null = null;
  parser.on("xmldecl", (declaration) => {
    encoding = declaration.encoding ?? null;
    throw STOP;
  });
  parser.on("error", () => {
    throw STOP;
  });
  try {
    parser.write(head);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return encoding;
}
