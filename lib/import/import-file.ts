import { ok } from "../result";
import { isWellFormedText } from "../text/well-formed";
import type { ArticleDraft } from "./article-draft";
import { checkDraft } from "./check-draft";
import { checkFileSize, DEFAULT_MAX_BYTES } from "./check-file-size";
import { asciiHead, decodeBytes, type DecodeOptions } from "./decode-bytes";
import { charsetOf, detectFormat, type ArticleFormat } from "./detect-format";
import { parseGalleyJson } from "./galley-json";
import { parseHtml } from "./html";
import { importFailure, type ImportResult } from "./import-failure";
import { parseMarkdown } from "./markdown";
import { pickLanguage, pickTargetLanguage } from "./pick-language";
import { parsePlainText, type PlainTextOptions } from "./plain-text";
import { parseXliff } from "./xliff";

export interface ArticleFile {
  bytes: Uint8Array;
  fileName?: string | null;
  /** The upload's declared Content-Type; its charset parameter outranks what the file says. */
  contentType?: string | null;
  /** The translation's language; XLIFF and Galley JSON name their own, which win. */
  targetLang?: string | null;
  sourceLang?: string | null;
  /** Where the article came from; defaults to the file name. */
  origin?: string | null;
  /** Defaults to DEFAULT_MAX_BYTES (5 MiB). */
  maxBytes?: number;
}

// Enough of the start of a file to find any format's signature.
const SNIFF_BYTES = 4096;
const DEFAULT_ORIGIN = "upload";

const MARKUP: Readonly<Record<ArticleFormat, DecodeOptions["markup"]>> = {
  text: null,
  markdown: null,
  html: "html",
  xliff: "xml",
  "galley-json": null,
};

interface ParseInput {
  text: string;
  origin: string;
  targetLang: string | null | undefined;
  sourceLang: string | null | undefined;
}

type MonolingualParser = (text: string, options: PlainTextOptions) => ImportResult<ArticleDraft>;

/** Plain text and Markdown carry no language, so the caller must give one. */
function parseMonolingual(input: ParseInput, parse: MonolingualParser): ImportResult<ArticleDraft> {
  const targetLang = pickTargetLanguage(input.targetLang);
  if (!targetLang.ok) return targetLang;
  const sourceLang = pickLanguage(input.sourceLang);
  if (!sourceLang.ok) return sourceLang;
  return parse(input.text, { origin: input.origin, targetLang: targetLang.value, sourceLang: sourceLang.value });
}

const PARSERS: Readonly<Record<ArticleFormat, (input: ParseInput) => ImportResult<ArticleDraft>>> = {
  text: (input) => parseMonolingual(input, (text, options) => ok(parsePlainText(text, options))),
  markdown: (input) => parseMonolingual(input, parseMarkdown),
  html: (input) => parseHtml(input.text, input),
  xliff: (input) => parseXliff(input.text, input),
  "galley-json": (input) => parseGalleyJson(input.text),
};

function hasText(draft: ArticleDraft): boolean {
  return draft.segments.some((segment) => (segment.currentText ?? segment.text).trim() !== "");
}

/**
 * What comes with the file is checked whatever its format: a language given is a real tag
 * even when the file names its own, which wins, and no name holds characters Galley refuses.
 */
function checkFileOptions(file: ArticleFile): ImportResult<null> {
  if (
    ![file.fileName, file.origin, file.targetLang, file.sourceLang, file.contentType].every((value) =>
      isWellFormedText(value ?? ""),
    )
  )
    return importFailure("textMalformed");
  const targetLang = pickLanguage(file.targetLang);
  if (!targetLang.ok) return targetLang;
  const sourceLang = pickLanguage(file.sourceLang);
  return sourceLang.ok ? ok(null) : sourceLang;
}

/**
 * Turns an uploaded file into an article draft: checks its size, decodes its bytes, tells
 * its format from name, type or content, parses it, and checks that the data layer can take
 * every segment. Every problem is a typed failure.
 */
export function readArticleFile(file: ArticleFile): ImportResult<ArticleDraft> {
  const size = checkFileSize(file.bytes.length, file.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!size.ok) return size;
  const options = checkFileOptions(file);
  if (!options.ok) return options;
  const declared = detectFormat({ fileName: file.fileName, contentType: file.contentType });
  // Signatures are ASCII, so the raw start of the file tells which declaration to look for.
  const markupFormat = declared ?? detectFormat({ head: asciiHead(file.bytes, SNIFF_BYTES) });
  const decoded = decodeBytes(file.bytes, {
    charset: charsetOf(file.contentType),
    markup: markupFormat && MARKUP[markupFormat],
  });
  if (!decoded.ok) return decoded;
  const format = declared ?? detectFormat({ head: decoded.value.text.slice(0, SNIFF_BYTES) });
  if (!format)
    return importFailure("formatUnknown", { fileName: file.fileName ?? null, contentType: file.contentType ?? null });
  const draft = PARSERS[format]({
    text: decoded.value.text,
    origin: file.origin ?? file.fileName ?? DEFAULT_ORIGIN,
    targetLang: file.targetLang,
    sourceLang: file.sourceLang,
  });
  if (!draft.ok) return draft;
  if (!hasText(draft.value)) return importFailure("articleEmpty");
  return checkDraft(draft.value, { countLines: format === "text" });
}
