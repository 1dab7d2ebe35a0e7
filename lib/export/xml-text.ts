// XML 1.0 forbids these characters outright, even as character references.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TEXT_SPECIALS = new RegExp(`[&<>\\r]|${NOT_XML_CHARACTER.source}`, "gu");
const ATTRIBUTE_SPECIALS = new RegExp(`[&<>"\\t\\n\\r]|${NOT_XML_CHARACTER.source}`, "gu");

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Parsers turn a literal CR into LF, and tabs and line breaks in attributes into spaces.
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

const REPLACEMENT_CHARACTER = "\uFFFD";

/**
 * Text content escaped for XML; a character XML cannot hold at all (a control character,
 * a lone surrogate) goes through `unrepresentable`, which by default writes U+FFFD.
 */
export function escapeXmlText(
  text: string,
  unrepresentable: (character: string) => string = () => REPLACEMENT_CHARACTER,
): string {
  return text.replace(TEXT_SPECIALS, (character) => REFERENCES[character] ?? unrepresentable(character));
}

/** Attributes written out with their values escaped, leaving out those that are undefined. */
export function xmlAttributes(attributes: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${String(value).replace(ATTRIBUTE_SPECIALS, (character) => REFERENCES[character] ?? REPLACEMENT_CHARACTER)}"`,
    )
    .join("");
}
