import { englishLexicon } from "./english-lexicon";
import { TITLE_MINOR_WORDS, isFunctionWord } from "./english-words";
import { LATIN_UPPER, hasCasedLettersBeyondLatin1, latin1Prefilter, startsUppercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

/**
 * A work's title in running text lost its italics when the page was copied. Titles are
 * found after words that introduce one ("the film", "titles such as", "entitled") or
 * before a citation "(Director, 1957)", and then wherever the same title recurs in the block.
 */

// Nouns for works: what follows one, capitalised, is a title. Nouns that are also common
// verbs ("works", "plays", "records") are left out: "he plays Real Madrid".
const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film",
  "films",
  "movie",
  "movies",
  "song",
  "songs",
  "book",
  "books",
  "novel",
  "novels",
  "album",
  "albums",
  "painting",
  "paintings",
  "series",
  "documentary",
  "documentaries",
  "poem",
  "poems",
  "opera",
  "operas",
  "musical",
  "musicals",
  "titles",
  "exhibition",
  "exhibitions",
  "sculpture",
  "sculptures",
  "sitcom",
  "sitcoms",
]);
// Verbs that introduce a title but also a person or a place: the run must read like a title.
const WEAK_INTRODUCERS: ReadonlySet<string> = new Set([
  "see",
  "saw",
  "seen",
  "watch",
  "watched",
  "watching",
  "hear",
  "heard",
  "read",
  "called",
  "entitled",
  "titled",
  "title",
]);
const LISTEN = new Set(["listen", "listened", "listening"]);
// A capital after a space, maybe behind an opening mark: where a title could start.
const CAPITAL_AFTER_SPACE = new RegExp(`[ \\t](["“«‘*_]?)[${LATIN_UPPER}]`, "g");
const CAPITAL_AFTER_SPACE_UNICODE = /[ \t](["“«‘*_]?)\p{Lu}/gu;
const INTRODUCER_LOOKBACK = 32;
// Where findTitles could find anything: a space before a capital, after an introducer
// (looked at only there, behind), or a citation's "(".
const MAY_HAVE_TITLE = latin1Prefilter(
  `[ \\t](?=["“«‘*_]?[${LATIN_UPPER}])(?<=(?:${[...WORK_NOUNS, ...WEAK_INTRODUCERS].join("|")}|listen(?:ed|ing)? to)(?: such as)?[ \\t])|\\(`,
);
const CITATION = /\s\((?:\p{Lu}[^()]{0,40},\s*)(?:1[89]\d\d|20\d\d)\)/gu;
const WORD = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/uy;
const ANY_WORD = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
const GAP = /[ \t]*:?[ \t]+/uy;
const OPENING_MARK = /["“«‘*_]$/u;
const MAX_TITLE_WORDS = 14;
const MAX_TITLES_IN_A_LIST = 4;
// Another title in a list, or the point where the next sentence was glued on.
const ALTERNATIVE = new Set(["or", "either", "nor", "and"]);
const CASE_SEAM = /\p{Ll}\p{Lu}/u;
const SPACES = /^[ \t]+/u;
const CITATION_LOOKBACK = 120;

interface TitleSpan {
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const GUILLEMET_LANGUAGES = /^(?:ca|es|fr|it|pt)(?:-|$)/iu;

function quoteMarks(language: string): [string, string] {
  return GUILLEMET_LANGUAGES.test(language) ? ["«", "»"] : ["“", "”"];
}

/** Words from `start`, as long as only spaces (and colons) separate them. */
function wordsFrom(text: string, start: number, limit: number): Word[] {
  const words: Word[] = [];
  let at = start;
  while (words.length < limit) {
    WORD.lastIndex = at;
    const found = WORD.exec(text);
    if (!found) break;
    const end = at + found[0].length;
    words.push({ text: found[0], start: at, end });
    GAP.lastIndex = end;
    if (!GAP.test(text)) break;
    at = GAP.lastIndex;
  }
  return words;
}

/** "Nights of Cabiria": capitalised words, with short words between capitalised ones. */
function titleCaseLength(words: readonly Word[]): number {
  let length = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]?.text ?? "";
    if (startsUppercase(word)) length = index + 1;
    else if (!(index > 0 && TITLE_MINOR_WORDS.has(word) && startsUppercase(words[index + 1]?.text ?? ""))) break;
  }
  return length;
}

/**
 * "Giving a precious life either Heroic …": a title in sentence case ends where the next
 * alternative, an author ("by Mercè Rodoreda") or a glued-on sentence begins; without such
 * an edge its end is unknowable.
 */
function sentenceCaseEnd(words: readonly Word[]): number | undefined {
  for (let index = 1; index < words.length; index++) {
    const word = words[index];
    const previous = words[index - 1];
    if (!word || !previous) return undefined;
    const seam = CASE_SEAM.exec(word.text);
    if (seam) return word.start + seam.index + 1;
    if ((ALTERNATIVE.has(word.text) || word.text === "by") && startsUppercase(words[index + 1]?.text ?? ""))
      return previous.end;
  }
  return undefined;
}

function isOnlyName(word: string): boolean {
  const lexicon = englishLexicon();
  return lexicon.isName(word) && !lexicon.isCommonWord(word);
}

/** After "seen" or "called" a person or a place is as likely as a title: keep runs that read like titles. */
function looksLikeTitle(words: readonly Word[], strong: boolean): boolean {
  const first = words[0]?.text ?? "";
  // "the movies I haven't seen": one capitalised grammar word begins a clause, not a title.
  if (words.length === 1 && (isOnlyName(first) || isFunctionWord(first) || TITLE_MINOR_WORDS.has(first.toLowerCase())))
    return false;
  if (strong) return true;
  const lexicon = englishLexicon();
  if (!lexicon.isCommonWord(first) || (words.length === 1 && lexicon.isName(first))) return false;
  return !words.slice(1).some((word) => isOnlyName(word.text));
}

const CLOSING_MARKS: Readonly<Record<string, string>> = { '"': '"', "“": "”", "«": "»", "‘": "’", "*": "*", _: "_" };
const SENTENCE_END = /^[.!?]/u;

/** Where an unquoted title ends: at its last capitalised word, or at a sentence-case edge. */
function titleEnd(text: string, words: readonly Word[], titleCase: number, inList: boolean): number | undefined {
  const lastTitleCase = words[titleCase - 1];
  if (!lastTitleCase) return undefined;
  if (titleCase > 1) return lastTitleCase.end;
  const edge = sentenceCaseEnd(words);
  if (edge !== undefined) return edge;
  // The last of a list ("such as A or B.") may run, in sentence case, to the end of the sentence.
  const last = words[words.length - 1];
  if (inList && last && words.length < MAX_TITLE_WORDS && SENTENCE_END.test(text.slice(last.end))) return last.end;
  return lastTitleCase.end;
}

/** The titles an introducer opens, several when they come as a list ("A or B"); some may be quoted already. */
function titlesAfter(text: string, from: number, strong: boolean, spans: TitleSpan[]): void {
  let at = from;
  for (let listed = 0; listed < MAX_TITLES_IN_A_LIST; listed++) {
    let end: number | undefined;
    const closing = CLOSING_MARKS[text.charAt(at)];
    if (closing) {
      const close = text.indexOf(closing, at + 1);
      if (close === -1) return;
      end = close + 1;
    } else {
      const words = wordsFrom(text, at, MAX_TITLE_WORDS);
      end = titleEnd(text, words, titleCaseLength(words), listed > 0);
      if (
        end === undefined ||
        !looksLikeTitle(
          words.filter((word) => word.start < (end ?? 0)),
          strong,
        )
      )
        return;
      spans.push({ start: at, end });
    }
    const [joiner, next] = wordsFrom(text, end + (SPACES.exec(text.slice(end, end + 8))?.[0].length ?? 0), 2);
    if (!joiner || !next || !ALTERNATIVE.has(joiner.text) || !startsUppercase(next.text)) return;
    at = next.start;
  }
}

/** The Title Case run that ends just before a citation: "how Roman Holiday (Wyler, 1953)". */
function titleBefore(text: string, end: number): TitleSpan | undefined {
  const from = Math.max(0, end - CITATION_LOOKBACK);
  const words = [...text.slice(from, end).matchAll(ANY_WORD)];
  let first = words.length;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]?.[0] ?? "";
    if (startsUppercase(word)) first = index;
    else if (!(index < words.length - 1 && TITLE_MINOR_WORDS.has(word))) break;
  }
  const head = words[first];
  const tail = words[words.length - 1];
  // A run that reaches back as far as we look may begin with a sentence's own capital.
  if (!head || !tail || first === 0) return undefined;
  const start = from + head.index;
  return OPENING_MARK.test(text.slice(start - 1, start))
    ? undefined
    : { start, end: from + tail.index + tail[0].length };
}

/** The word that ends at `end` (spaces delimit it) and where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  const start = Math.max(text.lastIndexOf(" ", end - 1) + 1, end - INTRODUCER_LOOKBACK);
  return { word: text.slice(start, end), start };
}

/** "film", "titles such as", "listened to": what the words before the space at `at` say comes next. */
function introducerBefore(text: string, at: number): "strong" | "weak" | undefined {
  const last = wordBefore(text, at);
  if (WORK_NOUNS.has(last.word)) return "strong";
  if (WEAK_INTRODUCERS.has(last.word)) return "weak";
  if (last.word !== "as" && last.word !== "to") return undefined;
  const before = wordBefore(text, last.start - 1);
  if (last.word === "to") return LISTEN.has(before.word) ? "weak" : undefined;
  return before.word === "such" && WORK_NOUNS.has(wordBefore(text, before.start - 1).word) ? "strong" : undefined;
}

function findTitles(text: string, casedBeyondLatin1: boolean): TitleSpan[] {
  const spans: TitleSpan[] = [];
  if (!MAY_HAVE_TITLE(text, casedBeyondLatin1)) return spans;
  const capitals = casedBeyondLatin1 ? CAPITAL_AFTER_SPACE_UNICODE : CAPITAL_AFTER_SPACE;
  for (const found of text.matchAll(capitals)) {
    if (overlaps(spans, found.index, found.index + 2)) continue;
    const introducer = introducerBefore(text, found.index);
    if (introducer) titlesAfter(text, found.index + 1, introducer === "strong", spans);
  }
  if (text.includes("(")) {
    for (const found of text.matchAll(CITATION)) {
      const span = titleBefore(text, found.index);
      if (span && !overlaps(spans, span.start, span.end)) spans.push(span);
    }
  }
  return spans;
}

interface BlockTitles {
  /** Titles introduced anywhere in the block, so a later bare mention is recognised too. */
  titles: readonly string[];
  spans: ReadonlyMap<SegmentView, readonly TitleSpan[]>;
}

const blocks = new WeakMap<readonly SegmentView[], BlockTitles>();

const NO_TITLES: readonly string[] = [];

function multiWordTitles(text: string, spans: readonly TitleSpan[]): string[] {
  return spans.map((span) => text.slice(span.start, span.end)).filter((title) => title.includes(" "));
}

function titlesOfBlock(segments: readonly SegmentView[]): BlockTitles {
  let block = blocks.get(segments);
  if (!block) {
    const titles = new Set<string>();
    const spans = new Map<SegmentView, TitleSpan[]>();
    for (const segment of segments) {
      const found = findTitles(segment.text, hasCasedLettersBeyondLatin1(segment.text));
      spans.set(segment, found);
      for (const title of multiWordTitles(segment.text, found)) titles.add(title);
    }
    block = { titles: [...titles], spans };
    blocks.set(segments, block);
  }
  return block;
}

function overlaps(spans: readonly TitleSpan[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  const { segments } = context.block;
  // A one-sentence block needs no block-wide memory of its titles.
  const block = segments.length > 1 ? titlesOfBlock(segments) : undefined;
  const found = block?.spans.get(segment) ?? findTitles(text, context.casedBeyondLatin1);
  const titles = block?.titles ?? (found.length === 0 ? NO_TITLES : multiWordTitles(text, found));
  if (found.length === 0 && titles.length === 0) return [];
  const spans = [...found];
  for (const title of titles) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + title.length)) {
      if (!overlaps(spans, at, at + title.length) && !OPENING_MARK.test(text.slice(Math.max(0, at - 1), at))) {
        spans.push({ start: at, end: at + title.length });
      }
    }
  }
  const [open, close] = quoteMarks(context.targetLang);
  return spans.map((span) => {
    const title = text.slice(span.start, span.end);
    return {
      check: "unquoted-title",
      start: span.start,
      end: span.end,
      fixes: [{ type: "replace", text: `${open}${title}${close}` }],
      values: { title },
    };
  });
}

export const unquotedTitle: CheckDefinition = {
  id: "unquoted-title",
  category: "design-markup",
  severity: "minor",
  messageKey: "unquotedTitle",
  detect,
  examples: {
    bad: [
      {
        text: "I didn't see Blade Runner until university.",
        found: "Blade Runner",
        fix: { type: "replace", text: "“Blade Runner”" },
      },
      {
        text: "You've never heard La Paloma, or so you claim.",
        found: "La Paloma",
        fix: { type: "replace", text: "“La Paloma”" },
      },
      {
        text: "She loved the film Nights of Cabiria as a child.",
        found: "Nights of Cabiria",
        fix: { type: "replace", text: "“Nights of Cabiria”" },
      },
      {
        text: "Under titles such as “Giving a precious life” or Heroic fighters: for the dignity and honor of the homeland. The paintings depict scenes.",
        found: "Heroic fighters: for the dignity and honor of the homeland",
        fix: { type: "replace", text: "“Heroic fighters: for the dignity and honor of the homeland”" },
        note: "the list goes on after a title someone already quoted",
      },
      {
        text: "And how Roman Holiday (Wyler, 1953) is its bright twin.",
        found: "Roman Holiday",
        fix: { type: "replace", text: "“Roman Holiday”" },
      },
      {
        text: "In the painting In the same trenchIt depicts soldiers.",
        found: "In the same trench",
        fix: { type: "replace", text: "“In the same trench”" },
      },
      {
        text: "Pretty Woman!",
        sentencesBefore: ["I never saw Pretty Woman at the time."],
        found: "Pretty Woman",
        fix: { type: "replace", text: "“Pretty Woman”" },
        note: "A title named earlier in the block, repeated bare.",
      },
      {
        text: "The novel entitled Cities of Paper sold well.",
        found: "Cities of Paper",
        fix: { type: "replace", text: "“Cities of Paper”" },
      },
      {
        text: "It is based on the novel La plaça del Diamant by Mercè Rodoreda.",
        found: "La plaça del Diamant",
        fix: { type: "replace", text: "“La plaça del Diamant”" },
        note: "A title in sentence case ends where its author is named.",
      },
    ],
    good: [
      { text: "I have seen “Blade Runner” twice." },
      { text: "They stopped in towns such as Lleida, Tremp and Sort." },
      { text: "He was seen Tuesday leaving the court." },
      { text: "A village called Guixers lies between Berga and Solsona." },
      { text: "She heard Trump speak in Ohio.", note: "A name after a perception verb is a person, not a title." },
      { text: "Federico Fellini (1920–1993) directed it." },
      { text: "The film industry employs thousands in Madrid." },
      { text: "There are many books I haven't read." },
      { text: "It is based on the novel La, they said.", note: "An article alone is no title." },
      { text: "North Korean leader Kim Jong-un attended the Victory Day parade in Moscow." },
    ],
  },
};
