import { DANGLING_ENDINGS, SENTENCE_OPENERS, endsInExclamationOrQuestion, endsSentence, isFunctionWord, isSentenceStop } from "./english-words";
import { contains, scanWords, startsLowercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

// Where a new sentence should begin: after sentence punctuation and a space.
const AFTER_STOP = /[.!?]\s+(?=\p{Ll})/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\d]/u;
// Up to six lowercase words, then a capitalised word with no punctuation before it.
const LOWERCASE_RUN = /^((?:\p{Ll}[\p{L}\p{M}'’-]*,?\s+){1,6})(\p{Lu}\p{Ll}*)(?=[\s,])/u;
// A subject pronoun straight before a capitalised determiner can't be grammar: "He The Court ruled".
const PRONOUN_BEFORE_DETERMINER = /(?:He|She|It|They|We)(?=\s+(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our)\s)/gu;
// The pronoun must start a sentence, or be glued to the word before it ("MadridHe").
const SENTENCE_START_BEFORE = /(?:^|[.!?]\s+|\p{Ll})$/u;
const PUNCTUATION_ONLY = /^[.,;:!?·…]+$/u;
// Words that open a sentence; not a single letter ("from A to Z"), and not "you", which
// contracts and licences capitalise as a defined term.
const MID_SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  [...SENTENCE_OPENERS].filter((word) => word.length > 1 && word !== "you" && word !== "your").map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
);
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
  if (PUNCTUATION_ONLY.test(text)) return [remove(0, text.length, "punctuation")];
  const matches: CheckMatch[] = [];
  const previous = context.block.positionInBlock > 0 ? context.previous : undefined;
  if (startsLowercase(text) && previous && endsSentence(previous.text, context.targetLang) && !endsInExclamationOrQuestion(previous.text)) {
    const atStart = danglingRun(text, 0);
    if (atStart) matches.push(atStart);
  }
  if (contains(AFTER_STOP, text)) matches.push(...danglingRunsAfterStops(text, context.targetLang));
  if (contains(PRONOUN_BEFORE_DETERMINER, text)) matches.push(...strayPronouns(text));
  if (PROSE_KINDS.has(segment.kind)) {
    matches.push(...brokenClauses(text, matches));
    const repeated = repeatedClause(text);
    if (repeated) matches.push(repeated);
  }
  return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
}

/**
 * A clause that breaks off on a word no clause ends with, and a new sentence that starts
 * right after it without a full stop: "once again carried out a In these meetings, …". The
 * machine translation dropped the end of the first sentence; only a person can restore it.
 */
function brokenClauses(text: string, found: readonly CheckMatch[]): CheckMatch[] {
  const matches: CheckMatch[] = [];
  // A scan by character codes: a capital after "x " where x is a lowercase ASCII letter.
  for (let at = text.indexOf(" "); at !== -1 && at + 1 < text.length; at = text.indexOf(" ", at + 1)) {
    const capital = text.charCodeAt(at + 1);
    const before = text.charCodeAt(at - 1);
    if (capital < 65 || capital > 90 || before < 97 || before > 122) continue;
    let end = at + 2;
    while (end < text.length && isAsciiLower(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) !== 32 || !isAsciiLower(text.charCodeAt(end + 1))) continue;
    if (!MID_SENTENCE_OPENERS.has(text.slice(at + 1, end))) continue;
    const wordStart = text.lastIndexOf(" ", at - 1) + 1;
    const word = text.slice(wordStart, at);
    if (!DANGLING_ENDINGS.has(word) || found.some((match) => match.start < end && wordStart < match.end)) continue;
    matches.push({ check: "stray-fragment", start: wordStart, end, fixes: [], values: { reason: "broken" } });
  }
  return matches;
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
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might",
  "must", "should", "do", "does", "did", "said", "says", "also", "not", "more", "less", "very", "than", "who", "there",
]);
// A clause that opens with one of these adds to the one before: a contrast, a condition, an example.
const LINKING_START = /^(?:and|or|but|nor|while|whereas|rather|if|when|because|although|though|unless|so|yet|then|as|than|such|for example|for instance|including|especially|even|not|instead|otherwise|however|therefore|thus|which|who|where)\b/iu;
// Where one clause ends and the next begins within a sentence.
const CLAUSE_BREAK = /[,;]|\s[–—]\s/u;
const MIN_CLAUSE_WORDS = 4;
const MIN_SHARED_WORDS = 4;
const MIN_SHARED_SHARE = 0.75;
const STEM_ENDINGS = ["ing", "ed", "es", "s", "ly"];

/** "decisions", "decided" and "deciding" meet at "decision"/"decid": enough to tell a clause repeats another. */
function stemOf(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of STEM_ENDINGS) {
    if (lower.length > ending.length + 3 && lower.endsWith(ending)) return lower.slice(0, -ending.length);
  }
  return lower;
}

/** The content words of each clause of a sentence, as stems. */
function clauseStems(text: string): { stems: string[]; start: number; end: number }[] {
  const { count, offsets } = scanWords(text);
  const clauses: { stems: string[]; start: number; end: number }[] = [];
  let current: { stems: string[]; start: number; end: number } | undefined;
  for (let index = 0; index < count; index++) {
    const start = offsets[2 * index] ?? 0;
    const end = offsets[2 * index + 1] ?? 0;
    const gapStart = index === 0 ? 0 : (offsets[2 * index - 1] ?? 0);
    if (!current || CLAUSE_BREAK.test(text.slice(gapStart, start))) {
      current = { stems: [], start, end };
      clauses.push(current);
    }
    current.end = end;
    const word = text.slice(start, end);
    if (word.length >= 3 && !isFunctionWord(word) && !LIGHT_WORDS.has(word.toLowerCase()) && !/\d/u.test(word)) current.stems.push(stemOf(word));
  }
  return clauses;
}

/**
 * A clause that says again what the clause before it said, in nearly the same words: a
 * machine translation that rendered one source clause twice. Clauses that open with a
 * linking word (a contrast, a condition, an example) are parallel on purpose.
 */
function repeatedClause(text: string): CheckMatch | undefined {
  if (!CLAUSE_BREAK.test(text)) return undefined;
  const clauses = clauseStems(text);
  for (let index = 1; index < clauses.length; index++) {
    const before = clauses[index - 1];
    const clause = clauses[index];
    if (!before || !clause || LINKING_START.test(text.slice(clause.start, clause.end))) continue;
    const own = new Set(clause.stems);
    const earlier = new Set(before.stems);
    if (own.size < MIN_CLAUSE_WORDS || earlier.size < MIN_CLAUSE_WORDS) continue;
    let shared = 0;
    for (const stem of own) if (earlier.has(stem)) shared++;
    if (shared >= MIN_SHARED_WORDS && shared >= own.size * MIN_SHARED_SHARE) {
      // Remove the separator before the clause too, so the sentence reads on.
      const separatorStart = text.slice(before.end, clause.start).search(/\S/u);
      return remove(before.end + Math.max(0, separatorStart), clause.end, "repeatedClause");
    }
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
      { text: "MadridHe The Constitutional Court has endorsed the law.", found: "He", fix: { type: "remove" } },
      { text: "It The committee met again.", found: "It", fix: { type: "remove" } },
      { text: ".", found: ".", fix: { type: "remove" }, note: "A lone full stop left over from a widget." },
      {
        text: "Last spring the associations once again organised a In these meetings, the council presented its plan.",
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
      { text: "They swam in the sea. then It rained.", note: "\"then\" may end a clause, so nothing dangles." },
      { text: "I was tired. so I left early.", note: "\"I\" is capitalised everywhere; it does not mark a new sentence." },
      { text: "He said the court would rule soon." },
      { text: "It was the committee that decided." },
      { text: "The shop opened at 9 a.m. and The Times reported it." },
      { text: "* * *", note: "A section break, not residue." },
      { text: "Who knows?" },
      { text: "The journey went from A to Z without a stop.", note: "A single letter is no sentence opener." },
      { text: "He reads The Guardian every morning.", note: "A capital after \"The\" makes it a name." },
      { text: "They travelled to The Hague on Monday." },
      { text: "Trapped in The storm", kind: "subheading", note: "Headings may capitalise any word." },
      { text: "The PP voted against the decree, the PSOE voted for it.", note: "Parallel clauses that share little." },
      { text: "Sales rose in March, and sales rose again in April.", note: "A clause that opens with \"and\" adds to the one before." },
      {
        text: "The city will close the pools in August, when the city closes the pools every year.",
        note: "A linking word: the second clause says when, not the same thing again.",
      },
    ],
  },
};
