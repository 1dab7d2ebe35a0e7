import {
  DANGLING_ENDINGS,
  FUNCTION_WORDS,
  SENTENCE_OPENERS,
  endsInExclamationOrQuestion,
  endsSentence,
  isSentenceStop,
} from "./english-words";
import { contains, startsLowercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

// Where a new sentence should begin: after sentence punctuation and a space.
const AFTER_STOP = /[.!?]\s+(?=\p{Ll})/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\d]/u;
// Up to six lowercase words, then a capitalised word with no punctuation before it.
const LOWERCASE_RUN = /^((?:\p{Ll}[\p{L}\p{M}'’-]*,?\s+){1,6})(\p{Lu}\p{Ll}*)(?=[\s,])/u;
// A subject pronoun straight before a capitalised determiner can't be grammar: "He The Court ruled".
const PRONOUN_BEFORE_DETERMINER =
  /(?:He|She|It|They|We)(?=\s+(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our)\s)/gu;
// The pronoun must start a sentence, or be glued to the word before it ("MadridHe").
const SENTENCE_START_BEFORE = /(?:^|[.!?]\s+|\p{Ll})$/u;
const PUNCTUATION_ONLY = /^[.,;:!?·…]+$/u;
// The marks above, to look at a segment's first character before asking the regex engine about all of them.
const PUNCTUATION_MARKS = ".,;:!?·…";
// Words that open a sentence; not a single letter ("from A to Z"), and not "you", which
// contracts and licences capitalise as a defined term. Capitalised, and found by first letter
// and length, so that a candidate is compared in place rather than cut out.
const MID_SENTENCE_OPENERS = new Map<number, string[]>();
for (const word of SENTENCE_OPENERS) {
  if (word.length < 2 || word === "you" || word === "your") continue;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  const key = openerKey(capitalised.charCodeAt(0), capitalised.length);
  MID_SENTENCE_OPENERS.set(key, [...(MID_SENTENCE_OPENERS.get(key) ?? []), capitalised]);
}

function openerKey(first: number, length: number): number {
  return first * 64 + Math.min(length, 63);
}

function isOpenerAt(text: string, start: number, end: number): boolean {
  const candidates = MID_SENTENCE_OPENERS.get(openerKey(text.charCodeAt(start), end - start));
  return candidates !== undefined && candidates.some((opener) => text.startsWith(opener, start));
}

// A cheap first look: a sentence opener between spaces, a lowercase word after it.
const MAY_HAVE_OPENER_MID_SENTENCE = new RegExp(
  ` (?:${[...MID_SENTENCE_OPENERS.values()]
    .flat()
    .sort((left, right) => right.length - left.length)
    .join("|")}) [a-z]`,
);
// A capital after a lowercase letter and a space: where a broken clause's new sentence may start.
const CAPITAL_AFTER_LOWERCASE = /[a-z] [A-Z]/g;
const PROSE_KINDS = new Set(["paragraph", "standfirst", "caption"]);
const FRAGMENT_LOOKAHEAD = 400;

function remove(start: number, end: number, reason: string): CheckMatch {
  return { check: "stray-fragment", start, end, fixes: [{ type: "remove" }], values: { reason } };
}

/** A lowercase run that ends where a fresh sentence begins, and could not end a sentence itself. */
function danglingRun(text: string, start: number): CheckMatch | undefined {
  const found = LOWERCASE_RUN.exec(text.slice(start, start + FRAGMENT_LOOKAHEAD));
  if (!found) return undefined;
  const [, run = "", opener = ""] = found;
  if (opener === "I" || !SENTENCE_OPENERS.has(opener.toLowerCase())) return undefined;
  const fragment = run.trimEnd();
  const lastWord = fragment.slice(fragment.lastIndexOf(" ") + 1);
  if (!fragment.endsWith(",") && !DANGLING_ENDINGS.has(lastWord.toLowerCase())) return undefined;
  return remove(start, start + fragment.length, "dangling");
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  if (PUNCTUATION_MARKS.includes(text.charAt(0)) && PUNCTUATION_ONLY.test(text))
    return [remove(0, text.length, "punctuation")];
  const matches: CheckMatch[] = [];
  const previous = context.block.positionInBlock > 0 ? context.previous : undefined;
  if (
    previous &&
    startsLowercase(text) &&
    endsSentence(previous.text, context.targetLang) &&
    !endsInExclamationOrQuestion(previous.text)
  ) {
    const atStart = danglingRun(text, 0);
    if (atStart) matches.push(atStart);
  }
  if (contains(AFTER_STOP, text)) matches.push(...danglingRunsAfterStops(text, context.targetLang));
  if (contains(PRONOUN_BEFORE_DETERMINER, text)) matches.push(...strayPronouns(text));
  if (PROSE_KINDS.has(segment.kind)) {
    brokenClauses(text, matches);
    const repeated = repeatedClause(text);
    if (repeated) matches.push(repeated);
  }
  return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
}

/**
 * A clause that breaks off on a word no clause ends with, and a new sentence that starts
 * right after it without a full stop: "the neighbours once again organised a In those talks, …". The
 * machine translation dropped the end of the first sentence; only a person can restore it.
 */
function brokenClauses(text: string, matches: CheckMatch[]): void {
  if (!MAY_HAVE_OPENER_MID_SENTENCE.test(text)) return;
  const found = matches.length;
  const { length } = text;
  // test() on a global pattern moves lastIndex along and allocates nothing.
  CAPITAL_AFTER_LOWERCASE.lastIndex = 0;
  while (CAPITAL_AFTER_LOWERCASE.test(text)) {
    const start = CAPITAL_AFTER_LOWERCASE.lastIndex - 1;
    let end = start + 1;
    while (end < length && isAsciiLower(text.charCodeAt(end))) end++;
    if (
      end + 1 >= length ||
      text.charCodeAt(end) !== 32 ||
      !isAsciiLower(text.charCodeAt(end + 1)) ||
      !isOpenerAt(text, start, end)
    )
      continue;
    const at = start - 1;
    const wordStart = text.lastIndexOf(" ", at - 1) + 1;
    if (!DANGLING_ENDINGS.has(text.slice(wordStart, at))) continue;
    let overlaps = false;
    for (let index = 0; index < found; index++) {
      const match = matches[index];
      if (match && match.start < end && wordStart < match.end) overlaps = true;
    }
    if (!overlaps)
      matches.push({ check: "stray-fragment", start: wordStart, end, fixes: [], values: { reason: "broken" } });
  }
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function danglingRunsAfterStops(text: string, language: string): CheckMatch[] {
  const matches: CheckMatch[] = [];
  for (const found of text.matchAll(AFTER_STOP)) {
    if (!WORD_CHARACTER.test(text.charAt(found.index - 1))) continue;
    if (text.charAt(found.index) === "." && !isSentenceStop(text, found.index, language)) continue;
    const run = danglingRun(text, found.index + found[0].length);
    if (run) matches.push(run);
  }
  return matches;
}

function strayPronouns(text: string): CheckMatch[] {
  const matches: CheckMatch[] = [];
  for (const found of text.matchAll(PRONOUN_BEFORE_DETERMINER)) {
    if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, found.index - 3), found.index))) continue;
    matches.push(remove(found.index, found.index + found[0].length, "pronoun"));
  }
  return matches;
}

// Verbs and adverbs too common to say what a clause is about.
const LIGHT_WORDS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
  "do",
  "does",
  "did",
  "said",
  "says",
  "also",
  "not",
  "more",
  "less",
  "very",
  "than",
  "who",
  "there",
]);
// Words that say nothing of what a clause is about, for the exact comparison and, by key, for the first look.
const IGNORED_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...LIGHT_WORDS]);

// A clause that opens with one of these adds to the one before: a contrast, a condition, an example.
const LINKING_START =
  /^(?:and|or|but|nor|while|whereas|rather|if|when|because|although|though|unless|so|yet|then|as|than|such|for example|for instance|including|especially|even|not|instead|otherwise|however|therefore|thus|which|who|where)\b/iu;
const MIN_CLAUSE_WORDS = 4;
const MIN_SHARED_WORDS = 4;
const MIN_SHARED_SHARE = 0.75;
// Two clauses of four words of three letters or more each, and a comma between them.
const MIN_REPEATING_LENGTH = 2 * MIN_CLAUSE_WORDS * 4 + 1;
const STEM_ENDINGS = ["ing", "ed", "es", "s", "ly"];

/** "decisions", "decided" and "deciding" meet at "decision"/"decid": enough to tell a clause repeats another. */
function stemOf(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of STEM_ENDINGS) {
    if (lower.length > ending.length + 3 && lower.endsWith(ending)) return lower.slice(0, -ending.length);
  }
  return lower;
}

const WORD = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}\d]+)*/gu;
const DIGIT = /\d/u;

/** The distinct content words of text[from, to), as stems. */
function stemsBetween(text: string, from: number, to: number): Set<string> {
  const stems = new Set<string>();
  for (const [word] of text.slice(from, to).matchAll(WORD)) {
    if (word.length < 3) continue;
    const lower = word.toLowerCase();
    if (!IGNORED_WORDS.has(lower) && !DIGIT.test(word)) stems.add(stemOf(lower));
  }
  return stems;
}

// Where one clause may end and the next begin: a comma or semicolon, or a dash between spaces.
const BREAK_CHARACTER = /[,;–—]/g;
// The first content word of four letters or more: what a repeated clause opens with again.
// Latin letters only, which is what the English words compared here are made of, and much
// faster to look for than any letter.
// It comes within the clause's first words: up to three short ones, or "that", "with", "this".
const LONG_WORD = new RegExp(
  `(?:(?:[A-Za-z]{1,3}|${["that", "with", "from", "this", "they", "their", "there", "these", "those", "which", "were", "have", "been", "will", "would", "said", "also"].join("|")}) +){0,3}([A-Za-zÀ-ÖØ-öø-ÿ]{4,})`,
  "y",
);
const PREFIX_LETTERS = 4;
const LETTER_BEFORE = /\p{L}/u;

/**
 * The first long word after offset `from`, past a few short or common ones, as the lowercase
 * prefix that a repetition of it would share.
 */
function firstLongWordPrefix(text: string, from: number): string | undefined {
  LONG_WORD.lastIndex = from;
  const found = LONG_WORD.exec(text);
  return found ? found[1]?.slice(0, PREFIX_LETTERS).toLowerCase() : undefined;
}

/** Whether `prefix` starts a word in text[from, to), in lowercase as content words are inside a sentence. */
function startsWordBetween(text: string, prefix: string, from: number, to: number): boolean {
  for (let at = text.indexOf(prefix, from); at !== -1 && at < to; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || !isLetter(text, at - 1)) return true;
  }
  return false;
}

/** `LETTER_BEFORE` on one character, answered without the engine for ASCII, which most text is. */
function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_BEFORE.test(text.charAt(at));
}

/** Where the clause that starts at `from` ends: at the next clause break, or the end of the text. */
function clauseEnd(text: string, from: number): number {
  NEXT_BREAK.lastIndex = from;
  const found = NEXT_BREAK.exec(text);
  return found ? found.index : text.length;
}

const NEXT_BREAK = /[,;]| [–—] /g;
const TRAILING_STOP = /[.!?…"”»)]+$/u;

/**
 * A clause that says again what the clause before it said, in nearly the same words: a
 * machine translation that rendered one source clause twice. It opens with a long content
 * word the clause before has too (a cheap look with the regular-expression engine, which
 * turns away nearly every sentence), and most of its content words are that clause's.
 * Clauses that open with a linking word (a contrast, a condition, an example) are parallel
 * on purpose.
 */
function repeatedClause(text: string): CheckMatch | undefined {
  if (text.length < MIN_REPEATING_LENGTH) return undefined;
  let clauseStart = 0;
  // test() on a global pattern moves lastIndex past each break character and allocates nothing.
  BREAK_CHARACTER.lastIndex = 0;
  while (BREAK_CHARACTER.test(text)) {
    const breakAt = BREAK_CHARACTER.lastIndex - 1;
    const code = text.charCodeAt(breakAt);
    // A dash breaks a clause only with spaces around it ("– "), not inside a range ("2014–2024").
    if (
      (code === 0x2013 || code === 0x2014) &&
      (text.charCodeAt(breakAt - 1) !== 32 || text.charCodeAt(breakAt + 1) !== 32)
    )
      continue;
    let next = breakAt + 1;
    while (next < text.length && text.charCodeAt(next) === 32) next++;
    if (next === breakAt + 1) continue;
    const prefix = firstLongWordPrefix(text, next);
    const previousStart = clauseStart;
    clauseStart = next;
    if (prefix === undefined || !startsWordBetween(text, prefix, previousStart, breakAt)) continue;
    let end = clauseEnd(text, next);
    if (end === text.length) end = text.length - (TRAILING_STOP.exec(text)?.[0].length ?? 0);
    if (LINKING_START.test(text.slice(next, end))) continue;
    const own = stemsBetween(text, next, end);
    if (own.size < MIN_CLAUSE_WORDS) continue;
    const earlier = stemsBetween(text, previousStart, breakAt);
    if (earlier.size < MIN_CLAUSE_WORDS) continue;
    let shared = 0;
    for (const stem of own) if (earlier.has(stem)) shared++;
    // The separator goes with the clause, so the sentence reads on without it.
    if (shared >= MIN_SHARED_WORDS && shared >= own.size * MIN_SHARED_SHARE)
      return remove(breakAt, end, "repeatedClause");
  }
  return undefined;
}

export const strayFragment: CheckDefinition = {
  id: "stray-fragment",
  category: "fluency",
  severity: "major",
  messageKey: "strayFragment",
  detect,
  examples: {
    bad: [
      {
        text: "Two paintings show families enjoying the beach and the sea. resort tourist, with It has a capacity for 20,000 people.",
        found: "resort tourist, with",
        fix: { type: "remove" },
      },
      {
        text: "the new law, and The government will appeal.",
        sentencesBefore: ["Parliament voted on Tuesday."],
        found: "the new law, and",
        fix: { type: "remove" },
        note: "A fragment at the start of a sentence segment.",
      },
      { text: "ValenciaHe The regional court has upheld the fine.", found: "He", fix: { type: "remove" } },
      { text: "It The committee met again.", found: "It", fix: { type: "remove" } },
      { text: ".", found: ".", fix: { type: "remove" }, note: "A lone full stop left over from a widget." },
      {
        text: "Last spring the neighbours once again organised a In those talks, the council presented its plan.",
        found: "a In",
        fix: null,
        note: "The first sentence breaks off on an article; the next starts without a full stop. Only a person can restore the lost words.",
      },
      { text: "The company is looking for In the coming weeks, it will name the winner.", found: "for In", fix: null },
      {
        text: "The council will close the pools in August, the council will close the municipal pools during August.",
        found: ", the council will close the municipal pools during August",
        fix: { type: "remove" },
        note: "A clause that says the one before it again.",
      },
    ],
    good: [
      { text: "Families enjoy the beach. Most of them come from Pyongyang." },
      { text: "They swam in the sea. then It rained.", note: '"then" may end a clause, so nothing dangles.' },
      {
        text: "I was tired. so I left early.",
        note: '"I" is capitalised everywhere; it does not mark a new sentence.',
      },
      { text: "He said the court would rule soon." },
      { text: "It was the committee that decided." },
      { text: "The shop opened at 9 a.m. and The Times reported it." },
      { text: "* * *", note: "A section break, not residue." },
      { text: "Who knows?" },
      { text: "The journey went from A to Z without a stop.", note: "A single letter is no sentence opener." },
      { text: "He reads The Guardian every morning.", note: 'A capital after "The" makes it a name.' },
      { text: "They travelled to The Hague on Monday." },
      { text: "Trapped in The storm", kind: "subheading", note: "Headings may capitalise any word." },
      { text: "The PP voted against the decree, the PSOE voted for it.", note: "Parallel clauses that share little." },
      {
        text: "Sales rose in March, and sales rose again in April.",
        note: 'A clause that opens with "and" adds to the one before.',
      },
      {
        text: "The city will close the pools in August, when the city closes the pools every year.",
        note: "A linking word: the second clause says when, not the same thing again.",
      },
    ],
  },
};
