import { isPlaceNamePrefix } from "./dateline";
import { englishLexicon } from "./english-lexicon";
import { SENTENCE_OPENERS, isClauseSubjectStart } from "./english-words";
import {
  LATIN_LOWER,
  LATIN_UPPER,
  latin1Prefilter,
  isCapitalised,
  startsUppercase,
  wordAfter,
  wordAround,
  wordBefore,
} from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, Fix, SegmentView } from "./types";

const CASE_SEAM = /\p{Ll}(?=\p{Lu})/gu;
const ACRONYM_SEAM = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll})/u;
// Where a seam may be: lower then upper, an acronym before a capitalised word, or "…and Name".
// Hyphens end words, so "Castilla-La" has no seam.
const SEAM = /\p{Ll}\p{Lu}|\p{Lu}{3}\p{Ll}|\p{Lu}\p{Ll}{2,}and(?=\s+\p{Lu})/gu;
const LATIN_SEAM_SOURCES = [
  `[${LATIN_LOWER}][${LATIN_UPPER}]`,
  `[${LATIN_UPPER}]{3}[${LATIN_LOWER}]`,
  `[${LATIN_UPPER}][${LATIN_LOWER}]{2,}and(?=\\s+[${LATIN_UPPER}])`,
];
const LATIN_SEAM = new RegExp(LATIN_SEAM_SOURCES.join("|"), "gu");
// The "…and Name" seam looked for from its literal "and", which the engine finds much faster.
const LATIN_SEAM_PREFILTER_SOURCES = [
  `[${LATIN_LOWER}][${LATIN_UPPER}]`,
  `[${LATIN_UPPER}]{3}[${LATIN_LOWER}]`,
  `and(?=\\s+[${LATIN_UPPER}])(?<=[${LATIN_UPPER}][${LATIN_LOWER}]{2,}and)`,
];
const MAY_HAVE_SEAM = latin1Prefilter(...LATIN_SEAM_PREFILTER_SOURCES);
const LOWERCASE_RUN = /^\p{Ll}+$/u;
// Handles, hashtags, paths, e-mail addresses, URLs and identifiers glue words on purpose.
const NOT_PROSE_BEFORE = /[@#/\\_.\d]$/u;
const NOT_PROSE_AFTER = /^(?:[@_\d/]|\.\p{L})/u;
/** Name prefixes that take a capital after them: McCain, MacBook, DeSantis, LaGuardia, VanderBilt. */
const NAME_PARTICLES = new Set([
  "mc",
  "mac",
  "de",
  "di",
  "da",
  "du",
  "la",
  "le",
  "van",
  "von",
  "fitz",
  "st",
  "del",
  "della",
  "des",
  "dos",
  "das",
  "al",
  "el",
  "ben",
  "bin",
  "ibn",
  "abu",
  "o",
]);
// A surname fused with the "and" of a byline ("Puigand Marc"): the one lowercase seam worth a lookup.
const FUSED_CONNECTOR = "and";

interface Seam {
  left: string;
  right: string;
  /** Offset of the seam in the segment. */
  at: number;
}

function replace(text: string): Fix {
  return { type: "replace", text };
}

/**
 * Where a token stands, for datelines: "dateline" is the start of the article's first body
 * block (its first paragraph, or the first block of several sentences when the copy has no
 * header), after nothing but a place; "paragraph" is the start of any other paragraph after
 * a place-like prefix.
 */
type Position = "none" | "paragraph" | "dateline";

const firstBodyBlocks = new WeakMap<readonly (readonly SegmentView[])[], readonly SegmentView[] | null>();

function isBodyBlock(block: readonly SegmentView[]): boolean {
  const kind = block[0]?.kind;
  return kind !== "page_chrome" && (kind === "paragraph" || block.length > 1);
}

function firstBodyBlock(context: CheckContext): readonly SegmentView[] | null {
  const { blocks } = context.article;
  if (!blocks) return isBodyBlock(context.block.segments) ? context.block.segments : null;
  let first = firstBodyBlocks.get(blocks);
  if (first === undefined) {
    first = blocks.find(isBodyBlock) ?? null;
    firstBodyBlocks.set(blocks, first);
  }
  return first;
}

// Longer than any run of place names before a dateline's glued word ("Sant Cugat del Vallès / Barcelona").
const MAX_DATELINE_PREFIX = 80;

function positionOf(segment: SegmentView, context: CheckContext, tokenStart: number): Position {
  if (
    context.block.positionInBlock !== 0 ||
    tokenStart > MAX_DATELINE_PREFIX ||
    !isPlaceNamePrefix(segment.text.slice(0, tokenStart))
  )
    return "none";
  if (firstBodyBlock(context) === context.block.segments) return "dateline";
  return segment.kind === "paragraph" ? "paragraph" : "none";
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The one case seam of a token, if it has exactly one. */
function findSeam(token: string, tokenStart: number): Seam | undefined {
  const acronym = ACRONYM_SEAM.exec(token);
  const seams = [...token.matchAll(CASE_SEAM)];
  if (acronym && seams.length === 0) {
    const cut = acronym[0].length;
    return { left: token.slice(0, cut), right: token.slice(cut), at: tokenStart + cut };
  }
  if (seams.length !== 1) return undefined;
  const cut = (seams[0]?.index ?? 0) + 1;
  const apostrophe = Math.max(token.lastIndexOf("'", cut), token.lastIndexOf("’", cut));
  return { left: token.slice(apostrophe + 1, cut), right: token.slice(cut), at: tokenStart + cut };
}

function isFusedSeam(seam: Seam, position: Position): boolean {
  const lexicon = englishLexicon();
  const { left, right } = seam;
  const nameLike = (): boolean => lexicon.isName(left) || !lexicon.isKnown(left);
  // "MadridERC demands …": a party's or a body's acronym opening the first paragraph.
  if (position === "dateline" && ACRONYM.test(right) && isCapitalised(left) && left.length >= 3) return nameLike();
  if (!isCapitalised(right) || !lexicon.isKnown(right)) return false;
  const opensSentence = SENTENCE_OPENERS.has(right.toLowerCase());
  if (LOWERCASE_RUN.test(left)) return left.length >= 2 && lexicon.isCommonWord(left);
  if (left === left.toUpperCase()) return opensSentence;
  if (NAME_PARTICLES.has(left.toLowerCase()) || left.length < 2) return false;
  // Where the dateline goes, any capitalised word before "The", "It" or "There" is the place,
  // even a town that is also an English word ("SaltThe").
  if (position === "dateline" && isClauseSubjectStart(right)) return true;
  // A capitalised left part must be a name (a place in a dateline, a link to a country), not
  // an ordinary word: "LinkedIn" and "PowerPoint" join two ordinary words on purpose.
  return nameLike() && (opensSentence || position !== "none");
}

function seamFixes(seam: Seam, datelinePosition: boolean): Fix[] {
  const sentence = replace(`${seam.left}. ${seam.right}`);
  const space = replace(`${seam.left} ${seam.right}`);
  if (datelinePosition) return [{ type: "split-dateline", at: seam.at }, sentence, space];
  return SENTENCE_OPENERS.has(seam.right.toLowerCase()) ? [sentence, space] : [space, sentence];
}

/** "Puigand Marc": a name fused with the "and" that joined it to the next name. */
function findFusedConnector(text: string, token: string, tokenStart: number): CheckMatch | undefined {
  const lexicon = englishLexicon();
  if (!isCapitalised(token) || !token.endsWith(FUSED_CONNECTOR) || lexicon.isKnown(token)) return undefined;
  const left = token.slice(0, -FUSED_CONNECTOR.length);
  if (left.length < 3) return undefined;
  const tokenEnd = tokenStart + token.length;
  const next = wordAfter(text, tokenEnd);
  if (next === undefined || !isCapitalised(next) || /^\S/u.test(text.slice(tokenEnd, tokenEnd + 1))) return undefined;
  const previous = wordBefore(text, tokenStart);
  const nameLike =
    lexicon.isName(left) || (!lexicon.isKnown(left) && previous !== undefined && startsUppercase(previous));
  if (!nameLike) return undefined;
  return {
    check: "fused-words",
    start: tokenStart,
    end: tokenEnd,
    fixes: [replace(`${left} ${FUSED_CONNECTOR}`)],
    values: { left, right: FUSED_CONNECTOR },
  };
}

const LETTER = /\p{L}/u;
// Endings that formatting may split off a word on purpose: "[API]s", "<em>link</em>ed".
const SUFFIXES = new Set(["s", "es", "ed", "d", "ing", "er", "ers", "ly", "n", "th", "st", "nd", "rd"]);

/** Whether the two sides of a formatting edge are two words, not one word formatted in part ("*im*possible"). */
function isTwoWords(left: string, right: string): boolean {
  const lexicon = englishLexicon();
  if (left.length < 2 || SUFFIXES.has(right.toLowerCase()) || lexicon.isKnown(left + right)) return false;
  return lexicon.isKnown(right) || lexicon.isKnown(right.toLowerCase());
}

/**
 * Words fused where the imported page's formatting began or ended ("<a>report</a>and"):
 * letters on both sides of the edge, inside one word. Certain whatever the case or the
 * dictionary says, because the page had two words there.
 */
function findFormattingSeams(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  const matches: CheckMatch[] = [];
  let searched = 0;
  for (const at of segment.formattingEdges ?? []) {
    if (at <= searched || at >= text.length || !LETTER.test(text.charAt(at - 1)) || !LETTER.test(text.charAt(at)))
      continue;
    const { start, end } = wordAround(text, at);
    searched = end;
    const seam = { left: text.slice(start, at), right: text.slice(at, end), at };
    if (!isTwoWords(seam.left, seam.right)) continue;
    const datelinePosition = positionOf(segment, context, start) !== "none" && isCapitalised(seam.right);
    // "report. and" is never the fix; a lowercase right part only wants its space back.
    const fixes = startsUppercase(seam.right)
      ? seamFixes(seam, datelinePosition)
      : [replace(`${seam.left} ${seam.right}`)];
    matches.push({ check: "fused-words", start, end, fixes, values: { left: seam.left, right: seam.right } });
  }
  return matches;
}

// A word or number, a quotation mark or closing bracket, and a word or number, with no space on
// either side: a quote that closes and the next sentence glued on ("homeland”The"), a quote
// opened without a space before it ("elections"When"), a number glued to a bracket ("Party)7").
// The apostrophe (’) is left alone: it sits inside words.
const MARK_SEAM =
  /(?<![\p{L}\p{M}\d'’])([\p{L}\p{M}\d]+)(["“”«»)\]])(\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?)(?![\p{L}\p{M}\d])/gu;
const LATIN_MARK_SEAM_SOURCE = `[${LATIN_LOWER}${LATIN_UPPER}\\d]["“”«»)\\]][${LATIN_LOWER}${LATIN_UPPER}\\d]`;
const MAY_HAVE_MARK_SEAM = latin1Prefilter(LATIN_MARK_SEAM_SOURCE);
// Most segments have neither kind of seam: they are turned away before either search starts.
const MAY_HAVE_ANY_SEAM = latin1Prefilter(LATIN_MARK_SEAM_SOURCE, ...LATIN_SEAM_PREFILTER_SOURCES);
const OPENING_QUOTES = new Set(["“", "«"]);
const CLOSING_MARKS = new Set(["”", "»", ")", "]"]);
const NUMBER = /^\d/u;
const ACRONYM_OR_NUMBER = /^[\p{Lu}\d][\p{Lu}\d.,-]+$/u;
const BRACKET_LOOKBACK = 160;
const BRACKET_OPENING: Readonly<Record<string, string>> = { ")": "(", "]": "[" };

/**
 * "(UCO)is", "(Mallorca)The" and "(Spanish Party)7" are prose brackets glued to what
 * follows; "(s)he", "(re)build" and "f(x)y" put a bracket inside one word on purpose.
 */
function isProseBracket(text: string, closeAt: number, closing: string): boolean {
  const opening = BRACKET_OPENING[closing] ?? "(";
  const from = Math.max(0, closeAt - BRACKET_LOOKBACK);
  const found = text.slice(from, closeAt).lastIndexOf(opening);
  const openAt = found === -1 ? -1 : from + found;
  if (openAt === -1 || text.slice(openAt + 1, closeAt).includes(closing)) return false;
  if (openAt > 0 && /[\p{L}\p{M}\d]/u.test(text.charAt(openAt - 1))) return false;
  const inside = text.slice(openAt + 1, closeAt);
  return inside.includes(" ") || ACRONYM_OR_NUMBER.test(inside) || (inside.length >= 3 && isCapitalised(inside));
}

/** Counts straight quotes up to an offset, carrying on from the last call: one pass over the segment. */
function quoteCounter(text: string): (at: number) => number {
  let counted = 0;
  let next = text.indexOf('"');
  return (at) => {
    while (next !== -1 && next < at) {
      counted++;
      next = text.indexOf('"', next + 1);
    }
    return counted;
  };
}

function findMarkSeams(text: string, casedBeyondLatin1: boolean): CheckMatch[] {
  if (!MAY_HAVE_MARK_SEAM(text, casedBeyondLatin1)) return [];
  const lexicon = englishLexicon();
  const matches: CheckMatch[] = [];
  const quotesBefore = quoteCounter(text);
  for (const found of text.matchAll(MARK_SEAM)) {
    const [whole, left = "", mark = "", right = ""] = found;
    const markAt = found.index + left.length;
    // 5'10", 3"4: measures, not prose.
    if (mark === '"' && /\d$/u.test(left)) continue;
    if ((mark === ")" || mark === "]") && !isProseBracket(text, markAt, mark)) continue;
    const number = NUMBER.test(right);
    const capital = !number && startsUppercase(right);
    if (!number && !(capital ? isCapitalised(right) || right === right.toUpperCase() : right.length >= 2)) continue;
    if (!number && !lexicon.isKnown(right) && !(capital && SENTENCE_OPENERS.has(right.toLowerCase()))) continue;
    // A straight quote opens a quotation when an even number of them comes before it.
    const opening = OPENING_QUOTES.has(mark) || (mark === '"' && quotesBefore(markAt) % 2 === 0);
    if (!opening && !CLOSING_MARKS.has(mark) && mark !== '"') continue;
    // A quotation that opens belongs to what follows it; one that closes, to what precedes it.
    const space = replace(opening ? `${left} ${mark}${right}` : `${left}${mark} ${right}`);
    const sentence = replace(opening ? `${left}. ${mark}${right}` : `${left}${mark}. ${right}`);
    const breaksSentence = capital && SENTENCE_OPENERS.has(right.toLowerCase()) && !/\d$/u.test(left);
    matches.push({
      check: "fused-words",
      start: found.index,
      end: found.index + whole.length,
      fixes: breaksSentence ? [sentence, space] : [space],
      values: { left: opening ? left : `${left}${mark}`, right: opening ? `${mark}${right}` : right },
    });
  }
  return matches;
}

/**
 * Whether a span overlaps one of `sorted` (disjoint matches in text order), for spans asked
 * about left to right: one pointer walks the matches once, so a flood of seams stays linear.
 */
function overlapTester(sorted: readonly CheckMatch[]): (start: number, end: number) => boolean {
  let passed = 0;
  return (start, end) => {
    while (passed < sorted.length && (sorted[passed]?.end ?? 0) <= start) passed++;
    const next = sorted[passed];
    return next !== undefined && next.start < end;
  };
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  const { casedBeyondLatin1 } = context;
  const formatting = segment.formattingEdges?.length ? findFormattingSeams(segment, context) : [];
  if (!MAY_HAVE_ANY_SEAM(text, casedBeyondLatin1)) return formatting;
  const overlapsFormatting = overlapTester(formatting);
  const matches = [
    ...formatting,
    ...findMarkSeams(text, casedBeyondLatin1).filter((match) => !overlapsFormatting(match.start, match.end)),
  ];
  const overlapsFound = overlapTester([...matches].sort((a, b) => a.start - b.start));
  if (!MAY_HAVE_SEAM(text, casedBeyondLatin1)) return matches;
  const lexicon = englishLexicon();
  let searched = 0;
  for (const found of text.matchAll(casedBeyondLatin1 ? SEAM : LATIN_SEAM)) {
    if (found.index < searched) continue;
    const { start, end } = wordAround(text, found.index + 1);
    searched = end;
    const token = text.slice(start, end);
    if (overlapsFound(start, end)) continue;
    if (
      NOT_PROSE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) ||
      NOT_PROSE_AFTER.test(text.slice(end, end + 2))
    )
      continue;
    if (lexicon.isKnown(token)) continue;
    const seam = findSeam(token, start);
    if (!seam) {
      const connector = findFusedConnector(text, token, start);
      if (connector) matches.push(connector);
      continue;
    }
    const position = positionOf(segment, context, start);
    if (!isFusedSeam(seam, position)) continue;
    const datelinePosition = position !== "none";
    const leftStart = seam.at - seam.left.length;
    matches.push({
      check: "fused-words",
      start: leftStart,
      end: seam.at + seam.right.length,
      fixes: seamFixes(seam, datelinePosition),
      values: { left: seam.left, right: seam.right },
    });
  }
  return matches.sort((a, b) => a.start - b.start);
}

export const fusedWords: CheckDefinition = {
  id: "fused-words",
  category: "fluency",
  severity: "major",
  messageKey: "fusedWords",
  detect,
  examples: {
    bad: [
      {
        text: "Under titles such as “Heroic fighters: for the dignity and honor of the homeland”The paintings depict scenes.",
        found: "homeland”The",
        fix: { type: "replace", text: "homeland”. The" },
        note: "A title wrapped in quotes where the words had fused: the quote must not hide the seam.",
      },
      {
        text: "She read the reportand the annex.",
        formattingEdges: [13, 19],
        found: "reportand",
        fix: { type: "replace", text: "report and" },
        note: "<a>report</a>and: the link's end says two words met there, though the case does not.",
      },
      {
        text: "Its profile on LinkedInThe company grew.",
        formattingEdges: [15, 23],
        found: "LinkedInThe",
        fix: { type: "replace", text: "LinkedIn. The" },
        note: "The link's end splits the word where the case seam alone would not: LinkedIn is one word.",
      },
      {
        text: "Under titles such as these, the homelandThe paintings depict scenes from an action film.",
        found: "homelandThe",
        fix: { type: "replace", text: "homeland. The" },
      },
      {
        text: "Another work, In the same trenchIt depicts soldiers smiling.",
        found: "trenchIt",
        fix: { type: "replace", text: "trench. It" },
      },
      {
        text: "Kim Jong-un has sent nearly 15,000 men to the war in UkraineMost of them fought in Kursk.",
        found: "UkraineMost",
        fix: { type: "replace", text: "Ukraine. Most" },
      },
      {
        text: "The report was published by the ministryIn a statement, officials defended it.",
        found: "ministryIn",
        fix: { type: "replace", text: "ministry. In" },
        note: "A link text ends at the seam.",
      },
      {
        text: "MoscowThere is only one country in the world obligated to defend North Korea.",
        found: "MoscowThere",
        fix: { type: "split-dateline", at: 6 },
      },
      {
        text: "BarcelonaThe city council approved the budget on Monday.",
        found: "BarcelonaThe",
        fix: { type: "split-dateline", at: 9 },
      },
      {
        text: "TokyoFollowing the vote, the prime minister resigned.",
        found: "TokyoFollowing",
        fix: { type: "split-dateline", at: 5 },
      },
      {
        text: "Barcelona / MadridThe electricity supply failed across the peninsula.",
        found: "MadridThe",
        fix: { type: "split-dateline", at: 18 },
      },
      {
        text: "MadridIt was a long night.",
        kind: "paragraph",
        sentencesBefore: ["The vote came late."],
        found: "MadridIt",
        fix: { type: "replace", text: "Madrid. It" },
        note: "Not the block's first sentence, so not a dateline.",
      },
      {
        text: "Anna Puigand Marc Soler",
        kind: "caption",
        found: "Puigand",
        fix: { type: "replace", text: "Puig and" },
        note: 'A byline: a surname fused with the next author\'s "and".',
      },
      { text: "The NATOThe alliance met in Brussels.", found: "NATOThe", fix: { type: "replace", text: "NATO. The" } },
      {
        text: 'The vote will come before the summer"Nobody will be left out," the minister promised.',
        found: 'summer"Nobody',
        fix: { type: "replace", text: 'summer. "Nobody' },
        note: "A straight quote that opens a quotation, glued to the word before it: the quote count says it opens.",
      },
      {
        text: "She called it a “historic day”The vote passed by a wide margin.",
        found: "day”The",
        fix: { type: "replace", text: "day”. The" },
      },
      {
        text: "The party voted against it«We will not give up», its leader said.",
        found: "it«We",
        fix: { type: "replace", text: "it. «We" },
      },
      {
        text: "The fine was paid by the firm (a subsidiary of the group)12 days later.",
        found: "group)12",
        fix: { type: "replace", text: "group) 12" },
        note: "A number glued to a closing bracket.",
      },
      {
        text: "The High Court (TSJC)ruled against the appeal.",
        found: "TSJC)ruled",
        fix: { type: "replace", text: "TSJC) ruled" },
      },
      {
        text: "He had said the talks were “slowing down”and nothing more.",
        found: "down”and",
        fix: { type: "replace", text: "down” and" },
      },
      {
        text: "SaltThe town council approved the budget on Monday.",
        blocksBefore: [{ text: "A town approves its budget", kind: "headline" }],
        found: "SaltThe",
        fix: { type: "split-dateline", at: 4 },
        note: 'A town whose name is also an English word, before "The" where the dateline goes.',
      },
      {
        text: "MataróERC has asked for an urgent meeting with the mayor.",
        blocksBefore: [{ text: "The opposition asks for a meeting", kind: "headline" }],
        found: "MataróERC",
        fix: { type: "split-dateline", at: 6 },
        note: "A party's acronym opening the first paragraph after the dateline.",
      },
      {
        text: "Vilanova i la GeltrúA fire destroyed a warehouse on Sunday night.",
        blocksBefore: [{ text: "Fire in a warehouse", kind: "headline" }],
        found: "GeltrúA",
        fix: { type: "split-dateline", at: 20 },
        note: "Lowercase Catalan particles inside the place name.",
      },
      {
        text: "GironaFarmers gathered outside the delegation at dawn.",
        kind: "headline",
        sentencesAfter: ["They want the restrictions lifted."],
        found: "GironaFarmers",
        fix: { type: "split-dateline", at: 6 },
        note: "A copy without its header: the first block of several sentences is the body, whatever its layout kind.",
      },
      {
        text: "Palma (Mallorca)The hotels are almost full this week.",
        found: "Mallorca)The",
        fix: { type: "replace", text: "Mallorca). The" },
      },
    ],
    good: [
      {
        text: "The law (known as the “Omnibus”) passed.",
        note: "A closing quote before punctuation or a space is no seam.",
      },
      { text: "He quoted “War and Peace”: the whole of it." },
      {
        text: "She read the report and the annex.",
        formattingEdges: [13, 19],
        note: "A link that ended before a space: nothing fused.",
      },
      {
        text: "That is impossible, she said.",
        formattingEdges: [8, 10],
        note: "One word emphasised in part: *im*possible.",
      },
      { text: "Three APIs were retired.", formattingEdges: [6, 9], note: "A plural ending outside the link: [API]s." },
      { text: "It was his 2nd)The list goes on.", note: "No seam starts inside a word or after a digit." },
      { text: "She bought the new iPhone at the shop." },
      { text: "They met at McDonald's on the corner." },
      { text: "The clip went viral on YouTube overnight." },
      { text: "PlayStation sales rose sharply this year." },
      {
        text: "LinkedIn said it would cut jobs.",
        note: "Two ordinary words, a brand: not a name fused with a sentence.",
      },
      { text: "He updated his LinkedIn profile." },
      { text: "The page is written in JavaScript." },
      { text: "DeSantis signed the bill on Friday." },
      { text: "McCain voted against the measure." },
      { text: "She sold the lamp on eBay." },
      { text: "MacBook prices went up." },
      { text: "O'Neill scored twice." },
      { text: "She lives in L'Hospitalet de Llobregat." },
      { text: "Castilla-La Mancha also appealed." },
      { text: "They used Kärcher pressure washers." },
      { text: "The WhatsApp group had forty members." },
      { text: "Write to press@ExampleNews.com for details." },
      { text: "Romain Rolland Prize winners met in Paris.", note: 'A name ending in "and" that the dictionary knows.' },
      { text: "Hollande and Merkel met in Berlin." },
      { text: "The shop (re)opened on Monday.", note: "A bracket inside one word on purpose." },
      { text: "She ticked “(s)he” on the form." },
      { text: "The function f(x)y is defined below." },
      { text: "He is 5'10\"tall, the report says.", note: "Inches after a number, not a quotation." },
      { text: "The vote (for the third time) took place on Friday." },
      { text: "It measured 5'10\" and weighed 80 kilos." },
      { text: "“No,” she said. “Never.”" },
      {
        text: "SaltThe town council approved the budget on Monday.",
        sentencesBefore: ["The meeting lasted three hours."],
        note: "Not where a dateline goes: the block's second sentence.",
      },
      {
        text: "PlayStation sales rose sharply this year.",
        blocksBefore: [{ text: "Console sales rise", kind: "headline" }],
        note: "Where a dateline goes, but two ordinary words and no sentence opener: a brand.",
      },
      {
        text: "The minister met MataróERC officials.",
        blocksBefore: [{ text: "The opposition asks for a meeting", kind: "headline" }],
        note: "An acronym fused mid-sentence is not a dateline.",
      },
    ],
  },
};
