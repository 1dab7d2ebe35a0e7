import type { ArticleContent, ExportOptions, ExportScope } from "./article-content";
import { toGalleyJson } from "./galley-json";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { toPlainText } from "./plain-text";
import { toXliff12 } from "./xliff-1-2";
import { toXliff2 } from "./xliff-2";

export interface ExportFormat {
  render: (content: ArticleContent, options: ExportOptions) => string;
  contentType: string;
  extension: string;
  /** Galley JSON carries every segment's history as well. */
  withHistory: boolean;
  /** Whether the scope chooses what goes in; Galley JSON is always the whole article. */
  scoped: boolean;
  /** A reader's format, which leaves page chrome out; XLIFF keeps it for the next tool. */
  forReaders: boolean;
}

/** Every format an article exports to, by the name the UI, the CLI and the API use. */
export const EXPORT_FORMATS = {
  md: {
    render: toMarkdown,
    contentType: "text/markdown; charset=utf-8",
    extension: "md",
    withHistory: false,
    scoped: true,
    forReaders: false,
  },
  html: {
    render: toHtml,
    contentType: "text/html; charset=utf-8",
    extension: "html",
    withHistory: false,
    scoped: true,
    forReaders: false,
  },
  txt: {
    render: toPlainText,
    contentType: "text/plain; charset=utf-8",
    extension: "txt",
    withHistory: false,
    scoped: true,
    forReaders: false,
  },
  xliff2: {
    render: toXliff2,
    contentType: "application/xliff+xml; charset=utf-8",
    extension: "xlf",
    withHistory: false,
    scoped: true,
    forReaders: false,
  },
  xliff12: {
    render: toXliff12,
    contentType: "application/x-xliff+xml; charset=utf-8",
    extension: "xlf",
    withHistory: false,
    scoped: true,
    forReaders: false,
  },
  // Galley JSON is the whole article, so the scope doesn't apply.
  json: {
    render: (content) => toGalleyJson(content),
    contentType: "application/json; charset=utf-8",
    extension: "galley.json",
    withHistory: true,
    scoped: false,
    forReaders: false,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];

export const EXPORT_SCOPES = ["all", "approved"] as const;

const MAX_SLUG = 80;

/** What a download's name says of its scope, so that two downloads of one article are told apart. */
const SCOPE_SUFFIX: Record<ExportScope, string> = { all: "-all-marked", approved: "-approved-only" };

/**
 * A download name from the title and, when given, the scope: "Moscow's winter" →
 * "moscow-s-winter-approved-only.md"; a long title is cut between words.
 */
export function exportFileName(title: string, extension: string, scope?: ExportScope): string {
  const full = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const lastBreak = full.lastIndexOf("-", MAX_SLUG);
  const slug = full.length <= MAX_SLUG ? full : full.slice(0, lastBreak > MAX_SLUG / 2 ? lastBreak : MAX_SLUG);
  return `${slug || "article"}${scope ? SCOPE_SUFFIX[scope] : ""}.${extension}`;
}
