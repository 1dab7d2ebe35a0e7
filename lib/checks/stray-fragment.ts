import { DANGLING_ENDINGS, SENTENCE_OPENERS, endsInExclamationOrQuestion, endsSentence, isSentenceStop } from "./english-words";
import { contains, startsLowercase } from "./text";
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
// Words that open a sentence, capitalised; not a single letter ("from A to Z"), and not "You",
// which contracts and licences capitalise as a defined term.
const OPENER_ALTERNATIVES = [...SENTENCE_OPENERS]
  .filter((word) => word.length > 1 && word !== "you" && word !== "your")
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .sort((left, right) => right.length - left.length)
  .join("|");
// A sentence opener after a lowercase word, and a lowercase word after it: "carried out a In these meetings".
const OPENER_MID_SENTENCE = new RegExp(`(?<=[a-z] )(?:${OPENER_ALTERNATIVES})(?= [a-z])`, "g");
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
  if (PROSE_KINDS.has(segment.kind) && contains(OPENER_MID_SENTENCE, text)) matches.push(...brokenClauses(text, matches));
  return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
}

/**
 * A clause that breaks off on a word no clause ends with, and a new sentence that starts
 * right after it without a full stop: "once again carried out a In these meetings, …". The
 * machine translation dropped the end of the first sentence; only a person can restore it.
 */
function brokenClauses(text: string, found: readonly CheckMatch[]): CheckMatch[] {
  const matches: CheckMatch[] = [];
  for (const opener of text.matchAll(OPENER_MID_SENTENCE)) {
    const wordEnd = opener.index - 1;
    const wordStart = text.lastIndexOf(" ", wordEnd - 1) + 1;
    const word = text.slice(wordStart, wordEnd);
    if (!DANGLING_ENDINGS.has(word) || found.some((match) => match.start < opener.index + opener[0].length && wordStart < match.end)) continue;
    matches.push({ check: "stray-fragment", start: wordStart, end: opener.index + opener[0].length, fixes: [], values: { reason: "broken" } });
  }
  return matches;
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
    ],
  },
};
