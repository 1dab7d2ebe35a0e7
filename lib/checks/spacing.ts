import { contains } from "./text";
import type { CheckDefinition, CheckMatch, SegmentView } from "./types";

const RUN_OF_SPACES = /[ \t\u00a0]{2,}/gu;
const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;
const SPACE = /\s/u;

/** `SPACE` on one character, answered without the regex engine for ASCII, which most segments start and end with. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(at));
}

function detect(segment: SegmentView): CheckMatch[] {
  const { text } = segment;
  const matches: CheckMatch[] = [];
  const leading = isSpaceAt(text, 0) ? LEADING.exec(text) : null;
  if (leading)
    matches.push({
      check: "spacing",
      start: 0,
      end: leading[0].length,
      fixes: [{ type: "replace", text: "" }],
      values: { reason: "leading" },
    });
  const trailing = isSpaceAt(text, text.length - 1) ? TRAILING.exec(text) : null;
  const trailingStart = trailing && trailing.index > 0 ? trailing.index : text.length;
  if (!contains(RUN_OF_SPACES, text)) return withTrailing(matches, text, trailingStart);
  for (const found of text.matchAll(RUN_OF_SPACES)) {
    const end = found.index + found[0].length;
    if (found.index === 0 || end === text.length) continue;
    matches.push({
      check: "spacing",
      start: found.index,
      end,
      fixes: [{ type: "replace", text: " " }],
      values: { reason: "double" },
    });
  }
  return withTrailing(matches, text, trailingStart);
}

function withTrailing(matches: CheckMatch[], text: string, trailingStart: number): CheckMatch[] {
  if (trailingStart < text.length) {
    matches.push({
      check: "spacing",
      start: trailingStart,
      end: text.length,
      fixes: [{ type: "replace", text: "" }],
      values: { reason: "trailing" },
    });
  }
  return matches;
}

export const spacing: CheckDefinition = {
  id: "spacing",
  category: "fluency",
  severity: "minor",
  messageKey: "spacing",
  detect,
  examples: {
    bad: [
      { text: "The outage affects  electricity.", found: "  ", fix: { type: "replace", text: " " } },
      { text: " The outage affects electricity.", found: " ", fix: { type: "replace", text: "" } },
      { text: "The outage affects electricity. ", found: " ", fix: { type: "replace", text: "" } },
    ],
    good: [
      { text: "The outage affects electricity." },
      { text: "Prices rose 3\u00a0%." },
      { text: "Line one\nline two" },
    ],
  },
};
