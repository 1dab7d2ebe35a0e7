import { isFunctionWord } from "./english-words";
import { sameWordIgnoringCase, scanWords, startsUppercase } from "./text";
import type { CheckDefinition, CheckMatch, SegmentView } from "./types";

const MAX_PHRASE_WORDS = 6;
// Loops of a phrase are told apart from rhetoric ("again, and again") by their count.
const MIN_PHRASE_REPEATS_WITH_COMMAS = 3;
const MIN_REPEATS = 2;
/** Doubled words that English grammar allows: "had had", "that that", "is is" after a clause. */
const GRAMMATICAL_DOUBLES = new Set([
  "had",
  "that",
  "is",
  "do",
  "very",
  "bye",
  "so",
  "no",
  "yes",
  "ha",
  "well",
  "now",
  "really",
  "far",
  "much",
]);
const ONLY_SPACES = /^[ \t]+$/u;
const SPACES_OR_COMMA = /^,?[ \t]+$/u;

/** The words of one segment, as offsets from the scanner. */
interface Words {
  text: string;
  count: number;
  offsets: Int32Array;
}

function startOf(words: Words, index: number): number {
  return words.offsets[2 * index] ?? 0;
}

function endOf(words: Words, index: number): number {
  return words.offsets[2 * index + 1] ?? 0;
}

function wordAt(words: Words, index: number): string {
  return words.text.slice(startOf(words, index), endOf(words, index));
}

function samePhrase(words: Words, left: number, right: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) {
    const a = left + offset;
    const b = right + offset;
    if (
      b >= words.count ||
      !sameWordIgnoringCase(words.text, startOf(words, a), endOf(words, a), startOf(words, b), endOf(words, b))
    )
      return false;
  }
  return true;
}

/** How many times the phrase at `at` repeats back to back, and whether commas separate the copies. */
function repeatsAt(words: Words, at: number, length: number): { count: number; commas: boolean } {
  let count = 1;
  let commas = false;
  for (let next = at + length; samePhrase(words, at, next, length); next += length) {
    const gap = words.text.slice(endOf(words, next - 1), startOf(words, next));
    if (ONLY_SPACES.test(gap)) count++;
    else if (length > 1 && SPACES_OR_COMMA.test(gap)) {
      count++;
      commas = true;
    } else break;
  }
  return { count, commas };
}

function isAllowedDouble(words: Words, at: number): boolean {
  const first = wordAt(words, at).toLowerCase();
  if (GRAMMATICAL_DOUBLES.has(first)) return true;
  // "Duran Duran", "Sirhan Sirhan": a capitalised second copy of a content word is a name.
  return startsUppercase(wordAt(words, at + 1)) && !isFunctionWord(first);
}

/** The repetition that starts at word `at`, if any, and how many words it spans. */
function repetitionAt(words: Words, at: number): CheckMatch | undefined {
  for (let length = 1; length <= MAX_PHRASE_WORDS && at + 2 * length <= words.count; length++) {
    if (!samePhrase(words, at, at + length, length)) continue;
    const { count, commas } = repeatsAt(words, at, length);
    if (count < (commas ? MIN_PHRASE_REPEATS_WITH_COMMAS : MIN_REPEATS)) continue;
    if (length === 1 && isAllowedDouble(words, at)) continue;
    const phrase = words.text.slice(startOf(words, at), endOf(words, at + length - 1));
    return {
      check: "repeated-word",
      start: startOf(words, at),
      end: endOf(words, at + count * length - 1),
      fixes: [{ type: "replace", text: phrase }],
      values: { phrase, count },
    };
  }
  return undefined;
}

// Quotes, brackets and punctuation at a token's edges, which a repeated word may carry.
const EDGE_MARKS = new Uint8Array(0x2020);
for (const mark of `"'()[],.;:!?“”‘’«»`) EDGE_MARKS[mark.charCodeAt(0)] = 1;

function isEdgeMark(code: number): boolean {
  return EDGE_MARKS[code] === 1;
}
let tokenKeys = new Int32Array(256);

// Lowercase code units of Latin-1 looked up, not computed: most tokens start and end there.
const LATIN1_LOWER = Uint16Array.from({ length: 0x100 }, (_, code) =>
  String.fromCharCode(code).toLowerCase().charCodeAt(0),
);

function lowerCode(code: number): number {
  return code < 0x100 ? (LATIN1_LOWER[code] ?? code) : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Where a token's edge marks end: out of the hot loop below, since few tokens carry any. */
const stripped = { first: 0, last: 0 };

function stripEdgeMarks(text: string, start: number, end: number): void {
  let first = start;
  let last = end;
  while (first < last && isEdgeMark(text.charCodeAt(first))) first++;
  while (last > first && isEdgeMark(text.charCodeAt(last - 1))) last--;
  stripped.first = first;
  stripped.last = last;
}

/**
 * A key per space-separated token, from its first and last letters and its length: equal
 * words have equal keys. Fills `tokenKeys` and returns how many tokens there are.
 */
function keyTokens(text: string): number {
  let count = 0;
  const { length } = text;
  for (let start = 0; start < length;) {
    let end = text.indexOf(" ", start);
    if (end === -1) end = length;
    if (end > start) {
      let first = text.charCodeAt(start);
      let last = text.charCodeAt(end - 1);
      let size = end - start;
      if (isEdgeMark(first) || isEdgeMark(last)) {
        stripEdgeMarks(text, start, end);
        size = stripped.last - stripped.first;
        first = text.charCodeAt(stripped.first);
        last = text.charCodeAt(stripped.last - 1);
      }
      if (size > 0) {
        if (count === tokenKeys.length) {
          const grown = new Int32Array(count * 2);
          grown.set(tokenKeys);
          tokenKeys = grown;
        }
        tokenKeys[count++] = ((lowerCode(first) * 65_599 + lowerCode(last)) * 31 + size) | 0;
      }
    }
    start = end + 1;
  }
  return count;
}

/**
 * Copies of a repeated phrase are made of whole space-separated tokens, so a repetition
 * needs two equal keys in a row, or one for a single word. Cheap, and rarely true.
 */
function mayRepeat(text: string): boolean {
  const count = keyTokens(text);
  for (let at = 0; at + 1 < count; at++) {
    if (tokenKeys[at] === tokenKeys[at + 1]) return true;
    for (let length = 2; length <= MAX_PHRASE_WORDS && at + length + 1 < count; length++) {
      if (tokenKeys[at] === tokenKeys[at + length] && tokenKeys[at + 1] === tokenKeys[at + length + 1]) return true;
    }
  }
  return false;
}

function detect(segment: SegmentView): CheckMatch[] {
  const { text } = segment;
  if (!mayRepeat(text)) return [];
  const { count, offsets } = scanWords(text);
  const words: Words = { text, count, offsets };
  const matches: CheckMatch[] = [];
  for (let at = 0; at < count; at++) {
    const match = repetitionAt(words, at);
    if (!match) continue;
    matches.push(match);
    // Skip past the repetition: its copies are not new findings.
    while (at + 1 < count && startOf(words, at + 1) < match.end) at++;
  }
  return matches;
}

export const repeatedWord: CheckDefinition = {
  id: "repeated-word",
  category: "fluency",
  severity: "major",
  messageKey: "repeatedWord",
  detect,
  examples: {
    bad: [
      { text: "She walked to the the station.", found: "the the", fix: { type: "replace", text: "the" } },
      {
        text: "She could delay the audit by waiting, by waiting, by waiting, by waiting, until the spring.",
        found: "by waiting, by waiting, by waiting, by waiting",
        fix: { type: "replace", text: "by waiting" },
      },
      {
        text: "The court said in the in the ruling that it agreed.",
        found: "in the in the",
        fix: { type: "replace", text: "in the" },
      },
      { text: "The The committee met again.", found: "The The", fix: { type: "replace", text: "The" } },
    ],
    good: [
      { text: "What he had had was enough." },
      { text: "He said that that was the plan." },
      { text: "It was a very, very long night." },
      { text: "They sang along to Duran Duran." },
      { text: "Again, again and again they asked." },
      { text: "Step by step, day by day, they rebuilt." },
    ],
  },
};
