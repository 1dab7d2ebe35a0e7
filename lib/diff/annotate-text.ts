export interface Range {
  start: number;
  end: number;
}

export interface MarkRange<Id> extends Range {
  id: Id;
}

/** A run of text with everything that covers it. */
export interface TextPiece<Id> extends Range {
  text: string;
  /** Inside an insertion of the diff. */
  inserted: boolean;
  /** The marks (findings) covering the run, in the order given. */
  marks: Id[];
}

/**
 * Cuts `text` into runs at every boundary of the insertions and marks, so that a view
 * can underline insertions and highlight findings even where they overlap.
 */
export function annotateText<Id>(
  text: string,
  insertions: readonly Range[],
  marks: readonly MarkRange<Id>[],
): TextPiece<Id>[] {
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...insertions, ...marks]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((left, right) => left - right);
  const pieces: TextPiece<Id>[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end <= start) continue;
    pieces.push({
      start,
      end,
      text: text.slice(start, end),
      inserted: insertions.some((range) => range.start < end && range.end > start),
      marks: marks.filter((mark) => mark.start < end && mark.end > start).map((mark) => mark.id),
    });
  }
  return pieces;
}
