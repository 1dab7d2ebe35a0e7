import { ABBREVIATIONS } from "../segmentation/abbreviations";
import { baseLanguage } from "./text";

/**
 * Closed word classes of English, which no dictionary marks. Checks use them as
 * grammatical signals: what may begin a sentence, what cannot end one.
 */

const ARTICLES_AND_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "my",
  "your",
  "his",
  "her",
  "its",
  "our",
  "their",
  "some",
  "any",
  "no",
  "every",
  "each",
  "either",
  "neither",
  "both",
  "all",
  "most",
  "many",
  "much",
  "few",
  "several",
  "such",
  "another",
  "other",
  "what",
  "which",
  "whose",
]);

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "it", "we", "they"]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "about",
  "above",
  "across",
  "after",
  "against",
  "along",
  "amid",
  "among",
  "around",
  "as",
  "at",
  "before",
  "behind",
  "below",
  "beneath",
  "beside",
  "besides",
  "between",
  "beyond",
  "by",
  "despite",
  "down",
  "during",
  "except",
  "for",
  "from",
  "in",
  "inside",
  "into",
  "like",
  "near",
  "of",
  "off",
  "on",
  "onto",
  "out",
  "outside",
  "over",
  "past",
  "per",
  "since",
  "through",
  "throughout",
  "till",
  "to",
  "toward",
  "towards",
  "under",
  "underneath",
  "unlike",
  "until",
  "up",
  "upon",
  "via",
  "with",
  "within",
  "without",
]);

const CONJUNCTIONS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "nor",
  "but",
  "yet",
  "so",
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "if",
  "unless",
  "whether",
  "than",
  "that",
  "when",
  "where",
]);

/** "The", "This", "It", "There": words that open a clause and never end a brand name as "In" may ("LinkedIn"). */
export function isClauseSubjectStart(word: string): boolean {
  const lower = word.toLowerCase();
  return ARTICLES_AND_DETERMINERS.has(lower) || SUBJECT_PRONOUNS.has(lower) || lower === "there";
}

/** Closed-class words: articles, determiners, subject pronouns, prepositions and conjunctions. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES_AND_DETERMINERS,
  ...SUBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
]);

/** A closed-class word: article, determiner, subject pronoun, preposition or conjunction. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** Words that end no English sentence or clause: a fragment ending in one was cut off. */
export const DANGLING_ENDINGS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...ARTICLES_AND_DETERMINERS,
]);

/**
 * Words that commonly begin an English sentence: when one is glued to the word before it,
 * the glue is almost always a lost sentence break, not a brand name.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  ...ARTICLES_AND_DETERMINERS,
  ...SUBJECT_PRONOUNS,
  "there",
  "here",
  "in",
  "on",
  "at",
  "for",
  "from",
  "with",
  "by",
  "after",
  "before",
  "during",
  "under",
  "according",
  "despite",
  "since",
  "until",
  "among",
  "between",
  "against",
  "without",
  "within",
  "through",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "however",
  "meanwhile",
  "then",
  "now",
  "when",
  "while",
  "although",
  "though",
  "if",
  "because",
  "as",
  "once",
  "first",
  "following",
  "last",
  "next",
  "one",
  "two",
  "three",
  "also",
  "still",
  "only",
  "even",
  "today",
  "yesterday",
  "tomorrow",
  "later",
  "earlier",
  "finally",
  "moreover",
  "furthermore",
  "nevertheless",
  "instead",
  "thus",
  "therefore",
  "indeed",
  "perhaps",
  "who",
  "why",
  "how",
  "where",
  "none",
  "nobody",
  "nothing",
  "everyone",
  "everything",
  "someone",
]);

/** Short words a Title Case run keeps in lowercase ("Nights of Cabiria"). */
export const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "in",
  "on",
  "at",
  "to",
  "for",
  "from",
  "by",
  "with",
  "de",
  "del",
  "la",
  "el",
  "le",
]);

/** Number words and their values, so "six" can stand for 6. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1_000_000],
  ["billion", 1_000_000_000],
]);

/** English abbreviations that end in a full stop mid-sentence, beyond those segmentation knows. */
const MID_SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "etc",
  "vs",
  "cf",
  "ca",
  "approx",
  "incl",
  "inc",
  "ltd",
  "co",
  "corp",
  "al",
  "ed",
  "eds",
  "ibid",
  "viz",
  "pp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
]);

const abbreviationSets = new Map<string, ReadonlySet<string>>();

function abbreviationsOf(language: string): ReadonlySet<string> {
  let set = abbreviationSets.get(language);
  if (!set) {
    set = new Set([
      ...MID_SENTENCE_ABBREVIATIONS,
      ...(ABBREVIATIONS[baseLanguage(language)] ?? ABBREVIATIONS.en ?? []),
    ]);
    abbreviationSets.set(language, set);
  }
  return set;
}

/** True when `word`, written before a full stop, abbreviates and so ends no sentence. */
function isAbbreviation(word: string, language: string): boolean {
  return abbreviationsOf(language).has(word.toLowerCase());
}

const CLOSING_MARKS = new Set(['"', "”", "’", "»", ")"]);
const WORD_CHARACTER = /[\p{L}\p{M}\d]/u;
const DIGITS = /^\d+$/u;
const WORD_LOOKBACK = 40;

/** The word that ends just before `end`, unless it belongs to a dotted abbreviation ("U.S"). */
function wordEndingAt(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && end - start < WORD_LOOKBACK && WORD_CHARACTER.test(text.charAt(start - 1))) start--;
  if (start === end || text.charAt(start - 1) === ".") return undefined;
  return text.slice(start, end);
}

/** True when the full stop at `at` ends a sentence: "year." does, "etc.", "p.m." and "U.S." do not. */
export function isSentenceStop(text: string, at: number, language: string): boolean {
  const word = wordEndingAt(text, at);
  return word !== undefined && (DIGITS.test(word) || (word.length >= 2 && !isAbbreviation(word, language)));
}

/**
 * True when `text` ends in "!" or "?", maybe inside a quotation: what follows may go on in
 * lowercase, as in “Come back!” she said.
 */
export function endsInExclamationOrQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text.charAt(end - 1))) end--;
  const punctuation = text.charAt(end - 1);
  return punctuation === "!" || punctuation === "?";
}

/** True when `text` ends a sentence: "!" or "?", or a full stop that ends one. */
export function endsSentence(text: string, language: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text.charAt(end - 1))) end--;
  const punctuation = text.charAt(end - 1);
  if (punctuation === "!" || punctuation === "?") return true;
  return punctuation === "." && isSentenceStop(text, end - 1, language);
}
