import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

const OPENERS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "“": "”", "«": "»" };
const CLOSERS: Readonly<Record<string, string>> = { ")": "(", "]": "[", "”": "“", "»": "«" };
const STRAIGHT_QUOTE = '"';
const PAIRED = /[()[\]“”«»"]/gu;
const HAS_PAIRED = /[()[\]“”«»"]/u;
// 5'11" and 12" are measures, not quotes.
const MEASURE_BEFORE = /\d['’]?$/u;
// "1) first, 2) second": list numbering closes what it never opened.
const LIST_NUMBER = /(?:^|\s)(?:\d{1,2}|[a-z])$/u;

interface Mark {
  char: string;
  segment: number;
  offset: number;
}

interface Unmatched {
  mark: Mark;
  opening: boolean;
}

/**
 * The open marks, with the positions of each kind in the stack, so that a closer finds its
 * opener in constant time: every mark is pushed and popped at most once, whatever the text.
 */
class OpenMarks {
  private readonly stack: Mark[] = [];
  private readonly byKind = new Map<string, number[]>();

  push(mark: Mark): void {
    const positions = this.byKind.get(mark.char) ?? [];
    positions.push(this.stack.length);
    this.byKind.set(mark.char, positions);
    this.stack.push(mark);
  }

  top(): Mark | undefined {
    return this.stack.at(-1);
  }

  /** Closes the innermost open mark of `kind`; the marks opened inside it come back unclosed. */
  close(kind: string): Mark[] | null {
    const at = this.byKind.get(kind)?.at(-1);
    if (at === undefined) return null;
    const inside: Mark[] = [];
    while (this.stack.length > at + 1) inside.push(this.pop());
    this.pop();
    return inside.reverse();
  }

  pop(): Mark {
    const mark = this.stack.pop() as Mark;
    this.byKind.get(mark.char)?.pop();
    return mark;
  }

  rest(): Mark[] {
    return [...this.stack];
  }
}

/** Pairs marks across the whole block, since a quotation may run over several sentences. */
function unmatchedInBlock(segments: readonly SegmentView[]): Unmatched[] {
  const open = new OpenMarks();
  const unmatched: Unmatched[] = [];
  segments.forEach((segment, index) => {
    const { text } = segment;
    for (const found of text.matchAll(PAIRED)) {
      const char = found[0];
      const mark = { char, segment: index, offset: found.index };
      if (char === STRAIGHT_QUOTE) {
        if (MEASURE_BEFORE.test(text.slice(Math.max(0, found.index - 2), found.index))) continue;
        if (open.top()?.char === STRAIGHT_QUOTE) open.pop();
        else open.push(mark);
      } else if (OPENERS[char]) {
        open.push(mark);
      } else {
        const inside = open.close(CLOSERS[char] ?? char);
        if (inside === null) {
          if (char === ")" && LIST_NUMBER.test(text.slice(Math.max(0, found.index - 3), found.index))) continue;
          unmatched.push({ mark, opening: false });
        } else {
          // Marks opened inside the pair and never closed are unmatched too.
          for (const mark of inside) unmatched.push({ mark, opening: true });
        }
      }
    }
  });
  for (const mark of open.rest()) unmatched.push({ mark, opening: true });
  return unmatched;
}

/** Each segment's unmatched marks in text order, worked out once per block. */
const blocks = new WeakMap<readonly SegmentView[], Map<number, Unmatched[]>>();

function unmatchedBySegment(segments: readonly SegmentView[]): Map<number, Unmatched[]> {
  let bySegment = blocks.get(segments);
  if (!bySegment) {
    bySegment = new Map();
    for (const entry of unmatchedInBlock(segments)) {
      const own = bySegment.get(entry.mark.segment) ?? [];
      own.push(entry);
      bySegment.set(entry.mark.segment, own);
    }
    for (const own of bySegment.values()) own.sort((left, right) => left.mark.offset - right.mark.offset);
    blocks.set(segments, bySegment);
  }
  return bySegment;
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { segments, positionInBlock } = context.block;
  if (!HAS_PAIRED.test(segment.text)) return [];
  const own = unmatchedBySegment(segments).get(positionInBlock) ?? [];
  // A span covers what its mark would enclose, up to the next lone mark: spans never overlap,
  // so even a flood of marks stores no more text than the segment holds.
  return own.map(({ mark, opening }, index) => ({
    check: "unbalanced-pair",
    start: opening ? mark.offset : (own[index - 1]?.mark.offset ?? -1) + 1,
    end: opening ? (own[index + 1]?.mark.offset ?? segment.text.length) : mark.offset + 1,
    fixes: opening ? [{ type: "insert", at: segment.text.length, text: OPENERS[mark.char] ?? STRAIGHT_QUOTE }] : [],
    values: { character: mark.char },
  }));
}

export const unbalancedPair: CheckDefinition = {
  id: "unbalanced-pair",
  category: "fluency",
  severity: "minor",
  messageKey: "unbalancedPair",
  detect,
  examples: {
    bad: [
      {
        text: 'The minister said "we will appeal, and left.',
        found: '"we will appeal, and left.',
        fix: { type: "insert", at: 44, text: '"' },
      },
      {
        text: "The law (approved in June was repealed.",
        found: "(approved in June was repealed.",
        fix: { type: "insert", at: 39, text: ")" },
      },
      {
        text: "“The records point to the treasurer, who signed every invoice.",
        sentencesAfter: ["The judge read them aloud."],
        found: "“The records point to the treasurer, who signed every invoice.",
        fix: { type: "insert", at: 62, text: "”" },
      },
      {
        text: "The vote passed) and the session ended.",
        found: "The vote passed)",
        fix: null,
        note: "A lone closing mark: where it opened is for a person to judge.",
      },
    ],
    good: [
      {
        text: '"We only see cheerful faces.',
        sentencesAfter: ["It's like going back to our childhood.\""],
        note: "A quotation over two sentences.",
      },
      { text: "She said “We have lost, but we know why”." },
      { text: "The Constitutional Court (TC) ruled (by six votes to four)." },
      { text: "He is 5'11\" tall." },
      { text: "Options: a) wait, b) leave." },
    ],
  },
};
