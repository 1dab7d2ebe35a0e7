import { englishLexicon } from "./english-lexicon";
import { WIDGET_LABELS } from "../segmentation/page-furniture";
import { sourceLexicon } from "./source-lexicon";
import { ENGLISH_LOAN_PHRASES, SOURCE_LANGUAGE_WORDS, type SourceLanguageWords } from "./source-language-words";
import { LATIN_LOWER, LATIN_UPPER, baseLanguage, startsUppercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const ELIDED = /^(\p{L})['’](\p{L}.*)$/u;

/** Whether `ELIDED` may match: its apostrophe follows one letter, two code units when astral. */
function mayBeElided(word: string): boolean {
  const second = word.charCodeAt(1);
  const third = word.charCodeAt(2);
  return second === 39 || second === 0x2019 || third === 39 || third === 0x2019;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface LanguageTable {
  words: SourceLanguageWords;
  /** Source words that are not English words too: "per" and "la" are English, "amb" is not. */
  foreign: ReadonlyMap<string, { kind: "function" | "interface"; english: string | null }>;
  /** The first words of entries of several words, so that most tokens need no two-word key built. */
  firstOfSeveral: ReadonlySet<string>;
  /** Matches wherever an entry or an elision may be: a cheap first look before tokenising. */
  prefilter: RegExp;
}

const tables = new Map<string, LanguageTable | null>();

function tableFor(language: string): LanguageTable | null {
  const cached = tables.get(language);
  if (cached !== undefined) return cached;
  const words = SOURCE_LANGUAGE_WORDS[language];
  let table: LanguageTable | null = null;
  if (words) {
    const lexicon = englishLexicon();
    const foreign = new Map<string, { kind: "function" | "interface"; english: string | null }>();
    for (const [word, english] of Object.entries(words.functionWords)) {
      if (!lexicon.isCommonWord(word)) foreign.set(word, { kind: "function", english });
    }
    for (const word of WIDGET_LABELS[language] ?? []) {
      if (!word.split(" ").every((part) => lexicon.isCommonWord(part)))
        foreign.set(word, { kind: "interface", english: null });
    }
    const firstOfSeveral = new Set(
      [...foreign.keys()].filter((key) => key.includes(" ")).map((key) => key.split(" ")[0] ?? key),
    );
    table = { words, foreign, firstOfSeveral, prefilter: prefilterFor(foreign.keys(), words.elisions) };
  }
  tables.set(language, table);
  return table;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * Entries as whole words, ignoring case; Latin-1 letters bound them, which is all the lists
 * hold. Hyphens and apostrophes bind too: "Jong-un" holds no "un".
 */
function prefilterFor(entries: Iterable<string>, elisions: readonly string[]): RegExp {
  const letter = `${LATIN_LOWER}${LATIN_UPPER}'’-`;
  const words = [...entries].sort((left, right) => right.length - left.length).map(escape);
  const alternatives = [`(?:${words.join("|")})(?![${letter}])`];
  if (elisions.length > 0) alternatives.push(`[${elisions.join("")}]['’][${letter}]`);
  return new RegExp(`(?:^|[^${letter}])(?:${alternatives.join("|")})`, "i");
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    tokens.push({
      text: found[0],
      lower: found[0].toLowerCase(),
      start: found.index,
      end: found.index + found[0].length,
    });
  }
  return tokens;
}

/** Loan phrases ("de facto") whose words must not be flagged, as [start, end) ranges. */
function loanPhraseRanges(lowerText: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of ENGLISH_LOAN_PHRASES) {
    for (let at = lowerText.indexOf(phrase); at !== -1; at = lowerText.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  return ranges;
}

/** "Núria", "L'Hospitalet", "l'Horta": a word that starts a name. */
function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  return startsUppercase(token.text) || startsUppercase(ELIDED.exec(token.text)?.[2] ?? "");
}

/** "Roda de Berà", "Pedro de la Rosa": source function words inside a name stay. */
function isInsideName(tokens: readonly Token[], index: number, table: LanguageTable): boolean {
  const isGlue = (token: Token | undefined): boolean =>
    token !== undefined && !startsUppercase(token.text) && Object.hasOwn(table.words.functionWords, token.lower);
  let before = index - 1;
  while (isGlue(tokens[before])) before--;
  let after = index + 1;
  while (isGlue(tokens[after])) after++;
  return isNameWord(tokens[before]) && isNameWord(tokens[after]);
}

interface Hit {
  start: number;
  end: number;
  /** Tokens the hit covers. */
  length: 1 | 2;
  kind: "function" | "interface" | "elision";
  english: string | null;
}

/** The source-language word (or two-word label) at `index`, if there is one. */
function hitAt(tokens: readonly Token[], index: number, table: LanguageTable): Hit | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const pair = tokens[index + 1];
  const twoWords =
    pair && table.firstOfSeveral.has(token.lower) ? table.foreign.get(`${token.lower} ${pair.lower}`) : undefined;
  if (twoWords && pair) return { start: token.start, end: pair.end, length: 2, ...twoWords };
  const entry = table.foreign.get(token.lower);
  if (entry) return { start: token.start, end: token.end, length: 1, ...entry };
  // "l'ajuntament": an elided source article on a lowercase word; "l'Horta" is a name.
  const elided = mayBeElided(token.text) ? ELIDED.exec(token.text) : null;
  if (!elided || !table.words.elisions.includes((elided[1] ?? "").toLowerCase()) || startsUppercase(elided[2] ?? ""))
    return undefined;
  if (englishLexicon().isKnown(token.text)) return undefined;
  return { start: token.start, end: token.end, length: 1, kind: "elision", english: null };
}

function isExempt(hit: Hit, tokens: readonly Token[], index: number, table: LanguageTable): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (hit.kind === "function") return startsUppercase(token.text) || isInsideName(tokens, index, table);
  if (hit.kind === "interface") {
    // A capitalised label between two capitalised words is part of a name.
    return startsUppercase(tokens[index - 1]?.text ?? "") && startsUppercase(tokens[index + hit.length]?.text ?? "");
  }
  return false;
}

/** How a word bears on a run of source-language text. */
const enum WordClass {
  /** An ordinary word of the source language that English does not have ("furts", "detencions"). */
  Source,
  /** A word both languages have ("a", "font", "per"), or a source function word: glue, not evidence. */
  Shared,
  /** A capitalised word inside the run: a name, which either language may hold. */
  Name,
  /** English only, or no known word at all: the run ends here. */
  Other,
}

const MAX_CLASSIFIED = 20_000;
// Longer than any word of the dictionaries: a URL, a code, a run of letters.
const MAX_WORD_LENGTH = 40;
const classified = new Map<string, Map<string, WordClass>>();

function classifyWord(token: Token, language: string, table: LanguageTable, sentenceStart: boolean): WordClass {
  if (!sentenceStart && startsUppercase(token.text)) return WordClass.Name;
  if (token.lower.length > MAX_WORD_LENGTH) return WordClass.Other;
  let known = classified.get(language);
  if (!known) {
    known = new Map();
    classified.set(language, known);
  }
  let found = known.get(token.lower);
  if (found === undefined) {
    const lexicon = sourceLexicon(language);
    const elided = ELIDED.exec(token.lower);
    const word = elided && table.words.elisions.includes(elided[1] ?? "") ? (elided[2] ?? token.lower) : token.lower;
    if (!lexicon) found = WordClass.Other;
    else if (Object.hasOwn(table.words.functionWords, token.lower)) found = WordClass.Shared;
    else if (!lexicon.hasCommon(word)) found = WordClass.Other;
    else found = englishLexicon().isKnown(token.lower) ? WordClass.Shared : WordClass.Source;
    if (known.size >= MAX_CLASSIFIED) known.clear();
    known.set(token.lower, found);
  }
  return found;
}

// Between two words of one run: spaces, commas, colons, quotes, brackets, dashes and numbers; never a sentence end.
const RUN_GAP = /^[\s,:;'’"“”«»()\-–—\d%/]*$/u;
// Two ordinary source-language words make a run; one is enough when it is all a short label holds.
const MIN_SOURCE_WORDS = 2;
const MAX_LABEL_WORDS = 12;
const MAX_LABEL_LENGTH = 120;
const SENTENCE_END = /[.!?]["”»)]*$/u;
const SENTENCE_END_BEFORE = /[.!?]["”»)]*\s*$/u;

// English words that neither source language has: a label holding one is English.
const ENGLISH_MARKER =
  /(?<![\p{L}'’])(?:the|of|and|to|for|with|from|is|are|was|were|have|that|this|by|at|its|it|be|will|after|over)(?![\p{L}'’])/iu;

/** A block of one short segment that is no sentence, nor plainly English: a title, a chart's heading, a label. */
function isLabelBlock(segment: SegmentView, context: CheckContext): boolean {
  const { text } = segment;
  if (context.block.segments.length !== 1 || text.length > MAX_LABEL_LENGTH || SENTENCE_END.test(text)) return false;
  let spaces = 0;
  for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1))
    if (++spaces >= MAX_LABEL_WORDS) return false;
  return !ENGLISH_MARKER.test(text);
}

interface Run {
  start: number;
  end: number;
  /** Token indexes the run covers, end exclusive. */
  first: number;
  last: number;
}

/**
 * Runs of source-language text: ordinary words of the source language that English does not
 * have, with shared words and names between them ("Evolució del preu del pa a Catalunya"). The language's
 * Hunspell dictionary says what its words are.
 */
function sourceRuns(
  text: string,
  tokens: readonly Token[],
  language: string,
  table: LanguageTable,
  label: boolean,
  blockStart: boolean,
): Run[] {
  const runs: Run[] = [];
  let first = -1;
  let lastKept = -1;
  let evidence = 0;
  let names = 0;
  const close = (): void => {
    // A label of one source word ("Publicitat") counts, but not a name that is also a word ("Marta Puig").
    const wholeLabel = label && names === 0 && first === 0 && lastKept === tokens.length - 1;
    if (first !== -1 && (evidence >= MIN_SOURCE_WORDS || (evidence >= 1 && wholeLabel))) {
      runs.push({ start: tokens[first]?.start ?? 0, end: tokens[lastKept]?.end ?? 0, first, last: lastKept + 1 });
    }
    first = -1;
    lastKept = -1;
    evidence = 0;
    names = 0;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    const previous = tokens[index - 1];
    // Most words follow the previous one after a single space, which is a run's gap and ends no sentence.
    const spaced = previous !== undefined && token.start === previous.end + 1 && text.charCodeAt(previous.end) === 32;
    // Only a capital's class depends on whether a sentence starts there.
    const sentenceStart =
      startsUppercase(token.text) &&
      (index === 0
        ? blockStart || SENTENCE_END.test(text.slice(0, token.start).trimEnd())
        : !spaced && SENTENCE_END_BEFORE.test(text.slice(previous?.end ?? 0, token.start)));
    if (first !== -1 && previous && !spaced && !RUN_GAP.test(text.slice(previous.end, token.start))) close();
    const kind = classifyWord(token, language, table, sentenceStart);
    if (kind === WordClass.Other) {
      close();
      continue;
    }
    if (kind === WordClass.Source) {
      if (first === -1) first = index;
      evidence++;
      lastKept = index;
    } else if (kind === WordClass.Name && first !== -1) {
      // Names after the run belong to it ("a Catalunya"); trailing glue does not.
      lastKept = index;
      names++;
    }
  }
  close();
  return runs;
}

/** The translation's language this check has word lists for: its "foreign" words are those English lacks. */
const TARGET_LANGUAGE = "en";

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  // Into another language (Spanish shares many words with Catalan) it would flag the translation's own words.
  if (!context.sourceLang || baseLanguage(context.targetLang) !== TARGET_LANGUAGE) return [];
  const language = baseLanguage(context.sourceLang);
  const table = tableFor(language);
  if (!table) return [];
  const { text } = segment;
  const label = isLabelBlock(segment, context);
  if (!label && !table.prefilter.test(text)) return [];
  const tokens = tokensOf(text);
  const hits: { hit: Hit; first: number }[] = [];
  let loans: [number, number][] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const hit = hitAt(tokens, index, table);
    if (!hit || isExempt(hit, tokens, index, table)) continue;
    loans ??= loanPhraseRanges(text.toLowerCase());
    if (loans.some(([from, to]) => from <= hit.start && hit.end <= to)) continue;
    hits.push({ hit, first: index });
    index += hit.length - 1;
  }
  // A run of source-language text shows itself by a stray function word, or stands alone as a label.
  const runs =
    label || hits.length > 0
      ? sourceRuns(text, tokens, language, table, label, context.block.positionInBlock === 0)
      : [];
  const matches: CheckMatch[] = runs.map((run) => ({
    check: "untranslated",
    start: run.start,
    end: run.end,
    fixes: [],
    values: { word: text.slice(run.start, run.end), language },
  }));
  for (const { hit, first } of hits) {
    if (runs.some((run) => run.first <= first && first < run.last)) continue;
    matches.push({
      check: "untranslated",
      start: hit.start,
      end: hit.end,
      fixes: hit.english === null ? [] : [{ type: "replace", text: hit.english }],
      values: { word: text.slice(hit.start, hit.end), language },
    });
  }
  return matches.length > 1 ? matches.sort((left, right) => left.start - right.start) : matches;
}

export const untranslated: CheckDefinition = {
  id: "untranslated",
  category: "accuracy",
  severity: "major",
  messageKey: "untranslated",
  detect,
  examples: {
    bad: [
      { text: "He came amb his brother.", sourceLang: "ca", found: "amb", fix: { type: "replace", text: "with" } },
      {
        text: "The heads dels departments met.",
        sourceLang: "ca",
        found: "dels",
        fix: { type: "replace", text: "of the" },
      },
      {
        text: "The reason is que nobody asked.",
        sourceLang: "ca",
        found: "que",
        fix: { type: "replace", text: "that" },
      },
      { text: "The price de la vivienda rose.", sourceLang: "es", found: "de", fix: { type: "replace", text: "of" } },
      {
        text: "Prices have risen desde the crisis.",
        sourceLang: "es",
        found: "desde",
        fix: { type: "replace", text: "since" },
      },
      {
        text: "The report ends with a Desplega button.",
        sourceLang: "ca",
        found: "Desplega",
        fix: null,
        note: "A widget label from the source site.",
      },
      {
        text: "The mayor visited l'ajuntament on Monday.",
        sourceLang: "ca",
        found: "l'ajuntament",
        fix: null,
        note: "An elided article glued to a word.",
      },
      {
        text: "Preu mitjà del lloguer per barri",
        sourceLang: "ca",
        blocksBefore: ["Rents keep rising in the city."],
        found: "Preu mitjà del lloguer per barri",
        fix: null,
        note: "A chart's title left in Catalan: the Catalan dictionary knows its words, the English one does not.",
      },
      {
        text: "Evolución de los precios de la vivienda",
        sourceLang: "es",
        blocksBefore: ["Rents keep rising in the city."],
        found: "Evolución de los precios de la vivienda",
        fix: null,
      },
      {
        text: "The chart shows the preu del lloguer since 2015.",
        sourceLang: "ca",
        found: "preu del lloguer",
        fix: null,
        note: "A run of source-language words inside an English sentence: one run, not its function word alone.",
      },
      {
        text: "Gràfic",
        sourceLang: "ca",
        blocksBefore: ["Rents keep rising in the city."],
        found: "Gràfic",
        fix: null,
        note: "One source word that is a whole label.",
      },
    ],
    good: [
      {
        text: "El consejo aprobó el plan per la tarde, que es el mejor momento.",
        sourceLang: "ca",
        targetLang: "es",
        note: "A translation into Spanish, which shares many words with Catalan: the check has English word lists only.",
      },
      { text: "She lives in L'Hospitalet de Llobregat.", sourceLang: "ca" },
      { text: "Clara is from Roda de Berà.", sourceLang: "ca" },
      { text: "The towns of l'Horta Sud were flooded.", sourceLang: "ca" },
      { text: "The Fallas begin in March.", sourceLang: "ca" },
      { text: "Pedro de la Rosa raced in Formula 1.", sourceLang: "es" },
      { text: "It was a de facto ban.", sourceLang: "ca" },
      { text: "Income per head rose.", sourceLang: "ca", note: '"per" is English too.' },
      { text: "He came amb his brother.", note: "No source language, no list to compare with." },
      { text: "The Els Pets concert sold out.", sourceLang: "ca" },
      {
        text: "The Festa Major de Gràcia drew large crowds.",
        sourceLang: "ca",
        note: "Capitalised inside a sentence: a name.",
      },
      { text: "Marta Soler Vidal", sourceLang: "ca", note: "A name whose first word is also a Catalan word." },
      {
        text: "The castellers built a tower of nine levels.",
        sourceLang: "ca",
        note: "One source word in an English sentence is a loan, not a run.",
      },
      { text: "Sales per head fell in the second half.", sourceLang: "ca" },
      { text: "Preu mitjà del lloguer per barri", note: "No source language, no dictionary to read it with." },
    ],
  },
};
