export const ARTICLE_FORMATS = ["text", "markdown", "html", "xliff", "galley-json"] as const;

export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export interface FormatClues {
  fileName?: string | null;
  /** The upload's declared Content-Type, e.g. "text/html; charset=utf-8". */
  contentType?: string | null;
  /** The start of the file as text, for sniffing when name and type say nothing specific. */
  head?: string;
}

// Only names and types that say one thing; ".xml" or "application/octet-stream" leave it to sniffing.
const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  xlf: "xliff",
  xliff: "xliff",
  json: "galley-json",
};

const BY_MEDIA_TYPE: Readonly<Record<string, ArticleFormat>> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/xliff+xml": "xliff",
  "application/x-xliff+xml": "xliff",
  "application/json": "galley-json",
};

// What each format's first kilobytes look like; plain text has no signature, so it is never sniffed.
const SIGNATURES: readonly { format: ArticleFormat; pattern: RegExp }[] = [
  { format: "xliff", pattern: /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:\w+:)?xliff[\s>]/u },
  { format: "html", pattern: /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu },
  { format: "galley-json", pattern: /^\s*\{[\s\S]*"format"\s*:\s*"galley-article"/u },
  { format: "markdown", pattern: /^#{1,6}[ \t]+\S/mu },
];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The media type without its parameters ("text/html; charset=utf-8" gives "text/html"). */
function mediaTypeOf(contentType: string): string {
  return contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/** The charset parameter of a Content-Type, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/iu)?.[1] ?? null;
}

/**
 * Which format a file is in: its name's extension first, then its declared content type,
 * then its first characters (XLIFF, HTML, Galley JSON, Markdown headings). Plain text is
 * only ever what the name or type says; anything else gives null.
 */
export function detectFormat(clues: FormatClues): ArticleFormat | null {
  const byName = clues.fileName ? BY_EXTENSION[extensionOf(clues.fileName)] : undefined;
  const byType = clues.contentType ? BY_MEDIA_TYPE[mediaTypeOf(clues.contentType)] : undefined;
  const head = clues.head?.replace(/^\uFEFF/u, "");
  const sniffed = head === undefined ? undefined : SIGNATURES.find(({ pattern }) => pattern.test(head))?.format;
  return byName ?? byType ?? sniffed ?? null;
}
