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

/** Pairs marks across the whole block, since a quotation may run over several sentences. */
function unmatchedInBlock(segments: readonly SegmentView[]): Unmatched[] {
  const stack: Mark[] = [];
  const unmatched: Unmatched[] = [];
  segments.forEach((segment, index) => {
    const { text } = segment;
    for (const found of text.matchAll(PAIRED)) {
      const char = found[0];
      const mark = { char, segment: index, offset: found.index };
      if (char === STRAIGHT_QUOTE) {
        if (MEASURE_BEFORE.test(text.slice(Math.max(0, found.index - 2), found.index))) continue;
        if (stack.at(-1)?.char === STRAIGHT_QUOTE) stack.pop();
        else stack.push(mark);
      } else if (OPENERS[char]) {
        stack.push(mark);
      } else {
        const opener = CLOSERS[char];
        const openAt = stack.findLastIndex((open) => open.char === opener);
        if (openAt === -1) {
          if (char === ")" && LIST_NUMBER.test(text.slice(Math.max(0, found.index - 3), found.index))) continue;
          unmatched.push({ mark, opening: false });
        } else {
          // Marks opened inside the pair and never closed are unmatched too.
          const [, ...inner] = stack.splice(openAt);
          for (const open of inner) unmatched.push({ mark: open, opening: true });
        }
      }
    }
  });
  for (const mark of stack) unmatched.push({ mark, opening: true });
  return unmatched;
}

const blocks = new WeakMap<readonly SegmentView[], Unmatched[]>();

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { segments, positionInBlock } = context.block;
  if (!HAS_PAIRED.test(segment.text)) return [];
  let unmatched = blocks.get(segments);
  if (!unmatched) {
    unmatched = unmatchedInBlock(segments);
    blocks.set(segments, unmatched);
  }
  const own = unmatched
    .filter(({ mark }) => mark.segment === positionInBlock)
    .sort((left, right) => left.mark.offset - right.mark.offset);
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
