import { Diff } from "diff";

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

/**
 * jsdiff over the words and the spaces between them as `Intl.Segmenter` cuts them. Unlike
 * `diffWords`, which folds whitespace into words and reports the new text's spacing for
 * both sides, every token is kept as it is on its own side, so each side's spans join back
 * into exactly its text.
 */
class SegmentDiff extends Diff<string, string> {
  constructor(private readonly segmenter: Intl.Segmenter) {
    super();
  }

  override tokenize(value: string): string[] {
    return Array.from(this.segmenter.segment(value), (part) => part.segment);
  }

  override join(tokens: string[]): string {
    return tokens.join("");
  }
}

const differs = new Map<string, SegmentDiff>();

function differFor(language: string): SegmentDiff {
  let differ = differs.get(language);
  if (!differ) {
    differ = new SegmentDiff(new Intl.Segmenter(language, { granularity: "word" }));
    differs.set(language, differ);
  }
  return differ;
}

type Change = { value: string; added: boolean; removed: boolean };

const BLANK = /^\s+$/u;

/**
 * A space that matched between two changes splits one edit in two ("Ukraine." + "Most");
 * it becomes part of the edit on both sides, so an edit reads as one run.
 */
function absorbLoneSpaces(changes: readonly Change[]): Change[] {
  return changes.flatMap((change, index) => {
    const before = changes[index - 1];
    const after = changes[index + 1];
    const isChange = (neighbour: Change | undefined) =>
      neighbour !== undefined && (neighbour.added || neighbour.removed);
    if (change.added || change.removed || !BLANK.test(change.value) || !isChange(before) || !isChange(after))
      return [change];
    return [
      { value: change.value, added: false, removed: true },
      { value: change.value, added: true, removed: false },
    ];
  });
}

/** Appends a span, joined to the last one when they are of a kind and touch. */
function pushSpan(spans: DiffSpan[], kind: DiffSpan["kind"], text: string, start: number): void {
  const last = spans.at(-1);
  if (last && last.kind === kind && last.end === start) {
    last.text += text;
    last.end += text.length;
  } else {
    spans.push({ kind, text, start, end: start + text.length });
  }
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
  for (const { value, added, removed } of absorbLoneSpaces(differFor(language).diff(before, after))) {
    if (removed) {
      pushSpan(result.before, "removed", value, beforeAt);
      beforeAt += value.length;
      result.changed = true;
    } else if (added) {
      pushSpan(result.after, "added", value, afterAt);
      afterAt += value.length;
      result.changed = true;
    } else {
      pushSpan(result.before, "same", value, beforeAt);
      pushSpan(result.after, "same", value, afterAt);
      beforeAt += value.length;
      afterAt += value.length;
    }
  }
  return result;
}
