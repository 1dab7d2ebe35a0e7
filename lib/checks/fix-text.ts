import type { Fix } from "./types";

export interface Span {
  start: number;
  end: number;
}

/** Removes [start, end) and the space it leaves doubled, as a person deleting a phrase would. */
export function removeSpan(text: string, { start, end }: Span): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/\s$/u.test(before) && /^\s/u.test(after)) return (before + after.replace(/^\s+/u, "")).trim();
  return (before + after).trim();
}

/** The segment's text after a text fix, or null for a fix that changes structure instead. */
export function fixedText(text: string, span: Span, fix: Fix): string | null {
  switch (fix.type) {
    case "replace":
      return text.slice(0, span.start) + fix.text + text.slice(span.end);
    case "insert":
      return text.slice(0, fix.at) + fix.text + text.slice(fix.at);
    case "remove":
      return removeSpan(text, span);
    case "split-dateline":
    case "mark-chrome":
      return null;
  }
}
