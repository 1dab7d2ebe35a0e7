import { englishLexicon } from "./english-lexicon";
import { SENTENCE_OPENERS } from "./english-words";
import { LATIN_LOWER, LATIN_UPPER, capitalise, isCapitalised, latin1Prefilter, startsLowercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

// A whole word, sentence punctuation (maybe closing a quote) and the next word, no space.
// The word must end in a lowercase letter: "U.S.", "e.g." and "J.R.R." never do before their dots.
const GLUED = /(?<![\p{L}\p{M}.])([\p{L}\p{M}]*\p{Ll})([.!?])(["”’»)\]]?)(\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d@/])/gu;
const MAY_BE_GLUED = latin1Prefilter(`[${LATIN_LOWER}][.!?](?:["”’»)\\]]?[${LATIN_UPPER}]|[${LATIN_LOWER}])`);
// Domains and file names glue lowercase words with dots too: a lowercase next word must be
// a sentence opener of some length ("the", "this"), after a dictionary word, and end the chunk.
const MIN_LOWERCASE_GLUED = 3;
// URLs, e-mail addresses and paths put dots between words on purpose.
const ADDRESS_LIKE = /@|:\/\/|www\.|\//u;
const SINGLE_LETTER_WORDS = new Set(["I", "A"]);
// A comma, semicolon or colon between two words with no space after it: "Catalonia,the".
// Numbers ("1,000", "10:30") have digits on both sides and never match.
const GLUED_CLAUSE = /(?<![\p{L}\p{M}\d.])([\p{L}\p{M}]*\p{Ll})([,;:])(\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d@/.])/gu;
const MAY_BE_GLUED_CLAUSE = latin1Prefilter(`[${LATIN_LOWER}][,;:][${LATIN_LOWER}${LATIN_UPPER}]`);
const MIN_CLAUSE_GLUED = 2;
// One scan that both first looks above would pass: most segments stop here.
const MAY_BE_GLUED_ANYHOW = latin1Prefilter(
  `[${LATIN_LOWER}](?:[.!?](?:["”’»)\\]]?[${LATIN_UPPER}]|[${LATIN_LOWER}])|[,;:][${LATIN_LOWER}${LATIN_UPPER}])`,
);

function chunkAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf(" ", start);
  const after = text.indexOf(" ", end);
  return text.slice(before + 1, after === -1 ? text.length : after);
}

function isGluedCapital(right: string): boolean {
  return SINGLE_LETTER_WORDS.has(right) || (isCapitalised(right) && englishLexicon().isKnown(right));
}

function isGluedLowercase(left: string, right: string, after: string): boolean {
  const lexicon = englishLexicon();
  return (
    left.length >= MIN_LOWERCASE_GLUED &&
    right.length >= MIN_LOWERCASE_GLUED &&
    (after === "" || after === " ") &&
    SENTENCE_OPENERS.has(right) &&
    lexicon.isKnown(left)
  );
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  const { casedBeyondLatin1 } = context;
  if (!MAY_BE_GLUED_ANYHOW(text, casedBeyondLatin1)) return [];
  const matches: CheckMatch[] = [];
  if (MAY_BE_GLUED(text, casedBeyondLatin1)) matches.push(...gluedSentences(text));
  if (MAY_BE_GLUED_CLAUSE(text, casedBeyondLatin1)) matches.push(...gluedClauses(text));
  return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
}

function gluedSentences(text: string): CheckMatch[] {
  const matches: CheckMatch[] = [];
  for (const found of text.matchAll(GLUED)) {
    const [whole, left = "", punctuation = "", closing = "", right = ""] = found;
    const start = found.index;
    const end = start + whole.length;
    if (left.length < 2) continue;
    const lowercase = startsLowercase(right);
    if (lowercase ? !isGluedLowercase(left, right, text.charAt(end)) : !isGluedCapital(right)) continue;
    if (ADDRESS_LIKE.test(chunkAround(text, start, end))) continue;
    matches.push({
      check: "missing-space",
      start,
      end,
      fixes: [{ type: "replace", text: `${left}${punctuation}${closing} ${lowercase ? capitalise(right) : right}` }],
      values: { punctuation },
    });
  }
  return matches;
}

/** "Catalonia,the", "said:It": both sides words of the dictionary, and nothing address-like around. */
function gluedClauses(text: string): CheckMatch[] {
  const lexicon = englishLexicon();
  const matches: CheckMatch[] = [];
  for (const found of text.matchAll(GLUED_CLAUSE)) {
    const [whole, left = "", punctuation = "", right = ""] = found;
    const start = found.index;
    const end = start + whole.length;
    if (left.length < MIN_CLAUSE_GLUED || right.length < MIN_CLAUSE_GLUED) continue;
    if (!lexicon.isKnown(left) || !(lexicon.isKnown(right) || lexicon.isKnown(right.toLowerCase()))) continue;
    if (ADDRESS_LIKE.test(chunkAround(text, start, end))) continue;
    matches.push({
      check: "missing-space",
      start,
      end,
      fixes: [{ type: "replace", text: `${left}${punctuation} ${right}` }],
      values: { punctuation },
    });
  }
  return matches;
}

export const missingSpace: CheckDefinition = {
  id: "missing-space",
  category: "fluency",
  severity: "minor",
  messageKey: "missingSpace",
  detect,
  examples: {
    bad: [
      {
        text: "It aims to accommodate one million each year.This is the regime's main bet.",
        found: "year.This",
        fix: { type: "replace", text: "year. This" },
      },
      {
        text: "Nobody asked what the plan would cost us.Money never came up.",
        found: "us.Money",
        fix: { type: "replace", text: "us. Money" },
      },
      {
        text: "It demands patience and negotiation.I doubt either side has it.",
        found: "negotiation.I",
        fix: { type: "replace", text: "negotiation. I" },
      },
      { text: "Who will pay?Nobody knows yet.", found: "pay?Nobody", fix: { type: "replace", text: "pay? Nobody" } },
      {
        text: 'She said it was "over."The minister left.',
        found: 'over."The',
        fix: { type: "replace", text: 'over." The' },
      },
      {
        text: "Procedures will be opened if necessary.the debate is far from over.",
        found: "necessary.the",
        fix: { type: "replace", text: "necessary. The" },
      },
      {
        text: "It is one of the highest in Europe.the situation is worse here.",
        found: "Europe.the",
        fix: { type: "replace", text: "Europe. The" },
      },
      {
        text: "Prices rose in Catalonia,the statistics office said.",
        found: "Catalonia,the",
        fix: { type: "replace", text: "Catalonia, the" },
      },
      {
        text: "The councillor was clear:It is not enough.",
        found: "clear:It",
        fix: { type: "replace", text: "clear: It" },
      },
      {
        text: "They met on Monday;nothing was agreed.",
        found: "Monday;nothing",
        fix: { type: "replace", text: "Monday; nothing" },
      },
    ],
    good: [
      { text: "The U.S. Senate voted on Tuesday." },
      { text: "Inflation rose 3.5 percent." },
      { text: "Bring something warm, e.g. a coat." },
      { text: "J.R.R. Tolkien wrote it." },
      { text: "The vote began at 12:15 p.m. this Friday." },
      { text: "They listed the invoices, etc. The audit followed." },
      { text: "Read it at https://www.example.com/News.Today before noon." },
      { text: "Write to press.Office@example.com today." },
      { text: "Wait...What happened next?" },
      { text: "The story ran on ara.cat first." },
      { text: "Visit files.the-archive.org today." },
      { text: "Send it to press.this@example.com now." },
      { text: "The page is called index.html in the archive." },
      { text: "The framework is called Node.JS by some." },
      { text: "About 1,200 people attended at 10:30 in the morning.", note: "Digits on both sides of a separator." },
      { text: "The data is at https://example.org/a,b and nowhere else." },
      { text: "The ratio was 3:1 in favour." },
      { text: "Mix the flour,xyzzy and water.", note: "Not two dictionary words: left for a person." },
    ],
  },
};
