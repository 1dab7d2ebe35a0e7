import { getBOMEncoding, TextDecoder } from "@exodus/bytes/encoding.js";
import sniffHtmlEncoding from "html-encoding-sniffer";
import { ok } from "../result";
import { importFailure, type ImportResult } from "./import-failure";
import { readXmlEncoding } from "./read-xml-encoding";

export interface DecodedText {
  text: string;
  /** The encoding's WHATWG name, e.g. "utf-8", "windows-1252", "utf-16le". */
  encoding: string;
}

export interface DecodeOptions {
  /** The charset parameter of the upload's Content-Type, which outranks what the file says. */
  charset?: string | null;
  /** Which in-file declaration to honour: `<meta charset>` in HTML, `<?xml encoding?>` in XML. */
  markup?: "html" | "xml" | null;
}

// The XML declaration and the HTML <meta> prescan both sit in the first 1024 bytes.
const HEAD_BYTES = 1024;

/** The first bytes as ASCII-compatible text, enough to read a declaration or a signature. */
export function asciiHead(bytes: Uint8Array, length = HEAD_BYTES): string {
  return new TextDecoder("windows-1252").decode(bytes.subarray(0, length));
}

// @exodus/bytes implements the WHATWG Encoding standard; Node 20's own TextDecoder reads windows-1252 as
// Latin-1 and loses "€".
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

function declaredEncoding(bytes: Uint8Array, options: DecodeOptions): string | null {
  if (options.charset) return options.charset;
  const inDocument =
    options.markup === "html"
      ? sniffHtmlEncoding(bytes, { defaultEncoding: null })
      : options.markup === "xml"
        ? readXmlEncoding(asciiHead(bytes))
        : null;
  // A declaration readable as ASCII cannot be UTF-16 without a BOM; the HTML standard reads UTF-8 then.
  return inDocument !== null && decoderFor(inDocument)?.encoding.startsWith("utf-16") ? "utf-8" : inDocument;
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

// NUL never occurs in text; UTF-16 without a BOM, for one, decodes as "valid" UTF-8 full of them.
function textOrBinary(text: string, encoding: string): ImportResult<DecodedText> {
  return text.includes("\u0000") ? importFailure("fileBinary") : ok({ text, encoding });
}

/**
 * Turns uploaded bytes into text: a byte order mark decides first (UTF-8, UTF-16 LE/BE),
 * then the encoding the upload or the file declares, else the bytes must be UTF-8. Nothing
 * is guessed: undeclared bytes that are not UTF-8 are refused.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): ImportResult<DecodedText> {
  if (bytes.length === 0) return importFailure("fileEmpty");
  const declared = getBOMEncoding(bytes) ?? declaredEncoding(bytes, options);
  if (declared === null) {
    const text = decode(new TextDecoder("utf-8", { fatal: true }), bytes);
    // A NUL byte says "binary" (an image, a word processor file) better than "not UTF-8" does.
    if (text === null) return bytes.includes(0) ? importFailure("fileBinary") : importFailure("encodingUndeclared");
    return textOrBinary(text, "utf-8");
  }
  const decoder = decoderFor(declared);
  if (!decoder) return importFailure("encodingUnsupported", { encoding: declared });
  const text = decode(decoder, bytes);
  return text === null
    ? importFailure("encodingInvalid", { encoding: decoder.encoding })
    : textOrBinary(text, decoder.encoding);
}
