import { englishLexicon } from "./english-lexicon";
import { SENTENCE_OPENERS, isFunctionWord } from "./english-words";
import { LATIN_LOWER, LATIN_UPPER, hasCasedLettersBeyondLatin1, latin1Prefilter, isCapitalised, startsUppercase, wordAfter, wordAround, wordBefore } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, Fix, SegmentView } from "./types";

const CASE_SEAM = /\p{Ll}(?=\p{Lu})/gu;
const ACRONYM_SEAM = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll})/u;
// Where a seam may be: lower then upper, an acronym before a capitalised word, or "…and Name".
// Hyphens end words, so "Castilla-La" has no seam.
const SEAM = /\p{Ll}\p{Lu}|\p{Lu}{3}\p{Ll}|\p{Lu}\p{Ll}{2,}and(?=\s+\p{Lu})/gu;
const LATIN_SEAM_SOURCE = `[${LATIN_LOWER}][${LATIN_UPPER}]|[${LATIN_UPPER}]{3}[${LATIN_LOWER}]|[${LATIN_UPPER}][${LATIN_LOWER}]{2,}and(?=\\s+[${LATIN_UPPER}])`;
const LATIN_SEAM = new RegExp(LATIN_SEAM_SOURCE, "gu");
const MAY_HAVE_SEAM = latin1Prefilter(LATIN_SEAM_SOURCE);
const LOWERCASE_RUN = /^\p{Ll}+$/u;
// Handles, hashtags, paths, e-mail addresses, URLs and identifiers glue words on purpose.
const NOT_PROSE_BEFORE = /[@#/\\_.\d]$/u;
const NOT_PROSE_AFTER = /^(?:[@_\d/]|\.\p{L})/u;
// Place names, possibly several ("Barcelona / Madrid", "Sant Cugat del Vallès"), before the glued one.
const DATELINE_SEPARATOR = /[\s/,–—-]+/u;
const PLACE_NAME_PARTICLES = new Set(["de", "del", "la", "les", "el", "d'", "of"]);
/** Name prefixes that take a capital after them: McCain, MacBook, DeSantis, LaGuardia, VanderBilt. */
const NAME_PARTICLES = new Set(["mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "del", "della", "des", "dos", "das", "al", "el", "ben", "bin", "ibn", "abu", "o"]);
// A surname fused with the "and" of a byline ("Vilaand Núria"): the one lowercase seam worth a lookup.
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

function isPlaceNamePrefix(prefix: string): boolean {
  return prefix
    .split(DATELINE_SEPARATOR)
    .every((word) => word === "" || PLACE_NAME_PARTICLES.has(word) || (startsUppercase(word) && !isFunctionWord(word)));
}

// Longer than any run of place names before a dateline's glued word ("Sant Cugat del Vallès / Barcelona").
const MAX_DATELINE_PREFIX = 80;

function isDatelinePosition(segment: SegmentView, context: CheckContext, tokenStart: number): boolean {
  return (
    segment.kind === "paragraph" &&
    context.block.positionInBlock === 0 &&
    tokenStart <= MAX_DATELINE_PREFIX &&
    isPlaceNamePrefix(segment.text.slice(0, tokenStart))
  );
}

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

function isFusedSeam(seam: Seam, datelinePosition: boolean): boolean {
  const lexicon = englishLexicon();
  const { left, right } = seam;
  if (!isCapitalised(right) || !lexicon.isKnown(right)) return false;
  const opensSentence = SENTENCE_OPENERS.has(right.toLowerCase());
  if (LOWERCASE_RUN.test(left)) return left.length >= 2 && lexicon.isCommonWord(left);
  if (left === left.toUpperCase()) return opensSentence;
  if (NAME_PARTICLES.has(left.toLowerCase()) || left.length < 2) return false;
  // A capitalised left part must be a name (a place in a dateline, a link to a country), not
  // an ordinary word: "LinkedIn" and "PowerPoint" join two ordinary words on purpose.
  const nameLike = lexicon.isName(left) || !lexicon.isKnown(left);
  return nameLike && (opensSentence || datelinePosition);
}

function seamFixes(seam: Seam, datelinePosition: boolean): Fix[] {
  const sentence = replace(`${seam.left}. ${seam.right}`);
  const space = replace(`${seam.left} ${seam.right}`);
  if (datelinePosition) return [{ type: "split-dateline", at: seam.at }, sentence, space];
  return SENTENCE_OPENERS.has(seam.right.toLowerCase()) ? [sentence, space] : [space, sentence];
}

/** "Vilaand Núria": a name fused with the "and" that joined it to the next name. */
function findFusedConnector(text: string, token: string, tokenStart: number): CheckMatch | undefined {
  const lexicon = englishLexicon();
  if (!isCapitalised(token) || !token.endsWith(FUSED_CONNECTOR) || lexicon.isKnown(token)) return undefined;
  const left = token.slice(0, -FUSED_CONNECTOR.length);
  if (left.length < 3) return undefined;
  const tokenEnd = tokenStart + token.length;
  const next = wordAfter(text, tokenEnd);
  if (next === undefined || !isCapitalised(next) || /^\S/u.test(text.slice(tokenEnd, tokenEnd + 1))) return undefined;
  const previous = wordBefore(text, tokenStart);
  const nameLike = lexicon.isName(left) || (!lexicon.isKnown(left) && previous !== undefined && startsUppercase(previous));
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
    if (at <= searched || at >= text.length || !LETTER.test(text.charAt(at - 1)) || !LETTER.test(text.charAt(at))) continue;
    const { start, end } = wordAround(text, at);
    searched = end;
    const seam = { left: text.slice(start, at), right: text.slice(at, end), at };
    if (!isTwoWords(seam.left, seam.right)) continue;
    const datelinePosition = isDatelinePosition(segment, context, start) && isCapitalised(seam.right);
    // "report. and" is never the fix; a lowercase right part only wants its space back.
    const fixes = startsUppercase(seam.right) ? seamFixes(seam, datelinePosition) : [replace(`${seam.left} ${seam.right}`)];
    matches.push({ check: "fused-words", start, end, fixes, values: { left: seam.left, right: seam.right } });
  }
  return matches;
}

// A word, a closing quote or bracket, and a capitalised word with no space: what a title
// wrapped in quotes leaves where the machine translation had already fused it ("homeland”The").
const CLOSING_SEAM = /(?<![\p{L}\p{M}\d'’])([\p{L}\p{M}]*\p{Ll})([”»)\]])(\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d])/gu;

function findClosingSeams(text: string): CheckMatch[] {
  if (!/[”»)\]]\p{Lu}/u.test(text)) return [];
  const lexicon = englishLexicon();
  const matches: CheckMatch[] = [];
  for (const found of text.matchAll(CLOSING_SEAM)) {
    const [whole, left = "", closing = "", right = ""] = found;
    if (!isCapitalised(right) || !lexicon.isKnown(right)) continue;
    const sentence = replace(`${left}${closing}. ${right}`);
    const space = replace(`${left}${closing} ${right}`);
    matches.push({
      check: "fused-words",
      start: found.index,
      end: found.index + whole.length,
      fixes: SENTENCE_OPENERS.has(right.toLowerCase()) ? [sentence, space] : [space, sentence],
      values: { left: `${left}${closing}`, right },
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
  const formatting = findFormattingSeams(segment, context);
  const overlapsFormatting = overlapTester(formatting);
  const matches = [...formatting, ...findClosingSeams(text).filter((match) => !overlapsFormatting(match.start, match.end))];
  const overlapsFound = overlapTester([...matches].sort((a, b) => a.start - b.start));
  if (!MAY_HAVE_SEAM.test(text)) return matches;
  const lexicon = englishLexicon();
  let searched = 0;
  for (const found of text.matchAll(hasCasedLettersBeyondLatin1(text) ? SEAM : LATIN_SEAM)) {
    if (found.index < searched) continue;
    const { start, end } = wordAround(text, found.index + 1);
    searched = end;
    const token = text.slice(start, end);
    if (overlapsFound(start, end)) continue;
    if (NOT_PROSE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) || NOT_PROSE_AFTER.test(text.slice(end, end + 2))) continue;
    if (lexicon.isKnown(token)) continue;
    const seam = findSeam(token, start);
    if (!seam) {
      const connector = findFusedConnector(text, token, start);
      if (connector) matches.push(connector);
      continue;
    }
    const datelinePosition = isDatelinePosition(segment, context, start);
    if (!isFusedSeam(seam, datelinePosition)) continue;
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
      { text: "Another work, In the same trenchIt depicts soldiers smiling.", found: "trenchIt", fix: { type: "replace", text: "trench. It" } },
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
      { text: "BarcelonaThe city council approved the budget on Monday.", found: "BarcelonaThe", fix: { type: "split-dateline", at: 9 } },
      { text: "TokyoFollowing the vote, the prime minister resigned.", found: "TokyoFollowing", fix: { type: "split-dateline", at: 5 } },
      { text: "Barcelona / MadridThe electricity supply failed across the peninsula.", found: "MadridThe", fix: { type: "split-dateline", at: 18 } },
      {
        text: "MadridIt was a long night.",
        kind: "paragraph",
        sentencesBefore: ["The vote came late."],
        found: "MadridIt",
        fix: { type: "replace", text: "Madrid. It" },
        note: "Not the block's first sentence, so not a dateline.",
      },
      {
        text: "Natàlia Vilaand Núria Rius",
        kind: "caption",
        found: "Vilaand",
        fix: { type: "replace", text: "Vila and" },
        note: "A byline: a surname fused with the next author's \"and\".",
      },
      { text: "The NATOThe alliance met in Brussels.", found: "NATOThe", fix: { type: "replace", text: "NATO. The" } },
    ],
    good: [
      { text: "The law (known as the “Omnibus”) passed.", note: "A closing quote before punctuation or a space is no seam." },
      { text: "He quoted “War and Peace”: the whole of it." },
      { text: "She read the report and the annex.", formattingEdges: [13, 19], note: "A link that ended before a space: nothing fused." },
      { text: "That is impossible, she said.", formattingEdges: [8, 10], note: "One word emphasised in part: *im*possible." },
      { text: "Three APIs were retired.", formattingEdges: [6, 9], note: "A plural ending outside the link: [API]s." },
      { text: "It was his 2nd)The list goes on.", note: "No seam starts inside a word or after a digit." },
      { text: "She bought the new iPhone at the shop." },
      { text: "They met at McDonald's on the corner." },
      { text: "The clip went viral on YouTube overnight." },
      { text: "PlayStation sales rose sharply this year." },
      { text: "LinkedIn said it would cut jobs.", note: "Two ordinary words, a brand: not a name fused with a sentence." },
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
      { text: "Romain Rolland Prize winners met in Paris.", note: "A name ending in \"and\" that the dictionary knows." },
      { text: "Hollande and Merkel met in Berlin." },
    ],
  },
};
