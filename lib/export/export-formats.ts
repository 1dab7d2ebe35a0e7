import type { ArticleContent, ExportOptions } from "./article-content";
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
}

/** Every format an article exports to, by the name the UI, the CLI and the API use. */
export const EXPORT_FORMATS = {
  md: { render: toMarkdown, contentType: "text/markdown; charset=utf-8", extension: "md", withHistory: false },
  html: { render: toHtml, contentType: "text/html; charset=utf-8", extension: "html", withHistory: false },
  txt: { render: toPlainText, contentType: "text/plain; charset=utf-8", extension: "txt", withHistory: false },
  xliff2: {
    render: toXliff2,
    contentType: "application/xliff+xml; charset=utf-8",
    extension: "xlf",
    withHistory: false,
  },
  xliff12: {
    render: toXliff12,
    contentType: "application/x-xliff+xml; charset=utf-8",
    extension: "xlf",
    withHistory: false,
  },
  // Galley JSON is the whole article, so the scope doesn't apply.
  json: {
    render: (content) => toGalleyJson(content),
    contentType: "application/json; charset=utf-8",
    extension: "galley.json",
    withHistory: true,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];

export const EXPORT_SCOPES = ["all", "approved"] as const;

const MAX_SLUG = 80;

/** A download name from the title: "Moscow's winter.md" → "moscow-s-winter.md"; a long one is cut between words. */
export function exportFileName(title: string, extension: string): string {
  const full = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const lastBreak = full.lastIndexOf("-", MAX_SLUG);
  const slug = full.length <= MAX_SLUG ? full : full.slice(0, lastBreak > MAX_SLUG / 2 ? lastBreak : MAX_SLUG);
  return `${slug || "article"}.${extension}`;
}
