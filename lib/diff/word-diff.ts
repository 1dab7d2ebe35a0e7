import { diffWords } from "diff";

export interface DiffSpan {
  kind: "same" | "removed" | "added";
  text: string;
  /** UTF-16 offsets in the text the span belongs to: `before` for removed, `after` otherwise. */
  start: number;
  end: number;
}

/** Both sides of a diff: `before` with its removals marked, `after` with its additions. */
export interface SideBySide {
  before: DiffSpan[];
  after: DiffSpan[];
  changed: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** A word-level diff (jsdiff, with words as `Intl.Segmenter` sees them in `language`), laid out side by side. */
export function sideBySide(before: string, after: string, language = "en"): SideBySide {
  const result: SideBySide = { before: [], after: [], changed: false };
  if (before === after) {
    if (before) result.before.push({ kind: "same", text: before, start: 0, end: before.length });
    if (after) result.after.push({ kind: "same", text: after, start: 0, end: after.length });
    return result;
  }
  let beforeAt = 0;
  let afterAt = 0;
  for (const change of diffWords(before, after, { intlSegmenter: wordSegmenter(language) })) {
    const { value } = change;
    if (change.removed) {
      result.before.push({ kind: "removed", text: value, start: beforeAt, end: beforeAt + value.length });
      beforeAt += value.length;
      result.changed = true;
    } else if (change.added) {
      result.after.push({ kind: "added", text: value, start: afterAt, end: afterAt + value.length });
      afterAt += value.length;
      result.changed = true;
    } else {
      result.before.push({ kind: "same", text: value, start: beforeAt, end: beforeAt + value.length });
      result.after.push({ kind: "same", text: value, start: afterAt, end: afterAt + value.length });
      beforeAt += value.length;
      afterAt += value.length;
    }
  }
  return result;
}
