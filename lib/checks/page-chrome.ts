import { startsWithDateline } from "./dateline";
import { englishLexicon } from "./english-lexicon";
import {
  DATE_LINE,
  READING_TIME,
  TRUNCATED_DATE_LINE,
  isCreditLine,
  isMediaFallback,
  isPlayerClock,
  isSubscriptionBox,
  isWidgetLabel,
  isWidgetText,
  mayBeWidgetProse,
} from "../segmentation/page-furniture";
import { isCapitalised, startsUppercase } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

type ChromeReason =
  | "readingTime"
  | "date"
  | "sectionLabel"
  | "repeated"
  | "byline"
  | "widget"
  | "credit"
  | "media"
  | "newsletter"
  | "sidebar";

type Block = readonly SegmentView[];

const TERMINAL_PUNCTUATION = /[.!?:;,…]$/u;
const MAX_LABEL_WORDS = 3;
const MAX_KICKER_WORDS = 8;
// Headline, standfirst and the lead photo's caption.
const MIN_HEADER_TEXTS_UNDER_KICKER = 3;
// Header blocks are short; the body starts at the first block longer than this.
const MAX_HEADER_WORDS = 45;
const MAX_HEADER_BLOCKS = 10;
// A widget may wrap a header line in a few words of its own ("Dossier …", "… Expand").
const MAX_WIDGET_EXTRA_WORDS = 4;
const MIN_HEADLINE_WORDS = 4;
const MAX_REPEATED_WORDS = 15;
// Furniture is short: a longer block is article text, and needs no pattern tried on it.
const MAX_FURNITURE_LENGTH = 160;
const MAX_META_LENGTH = 60;
// Widget text (a related link with its headline, a cookie notice) may run past furniture's length.
const MAX_WIDGET_TEXT_LENGTH = 300;
// Past this, a block is no player's fallback nor subscription box (their own limits are lower).
const MAX_WIDGET_PROSE_LENGTH = 400;
// Rules compare word counts of short lines only; past these, "long" is all that matters.
const MAX_COUNTED_WORDS = 64;
const MAX_COUNTED_LENGTH = 400;
const SPACES = /\s+/gu;
// "By", and the roles a byline may name before a colon: "Text: Jane Doe".
const BYLINE_LEAD =
  /^(?:(?:by|per|por)\s+|(?:text|texto|words|reporting|author|autor|autora|redacció|redacción|edited by|edició|edición)\s*:\s*)/iu;
const BYLINE_SEPARATOR = /\s*(?:,|&|\/|\||·|\band\b|\bi\b|\by\b)\s*|\s+/u;
// An agency or a desk in brackets after the names: "Jane Doe (ACN)".
const BYLINE_BRACKETS = /[()[\]]/gu;
const AGENCY_ACRONYM = /^\p{Lu}{2,5}$/u;
const NAME_PARTICLES = new Set(["de", "del", "la", "i", "y", "van", "von", "da", "di", "du", "le"]);
const MAX_BYLINE_NAMES = 8;

function blockText(block: Block): string {
  return block.map((segment) => segment.text).join(" ");
}

/** Words in `text`, counted up to MAX_COUNTED_WORDS by the spaces between them, without splitting the text. */
function wordCount(text: string): number {
  if (text.length > MAX_COUNTED_LENGTH) return MAX_COUNTED_WORDS;
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  let count = 1;
  SPACES.lastIndex = 0;
  while (count < MAX_COUNTED_WORDS && SPACES.test(trimmed)) count++;
  SPACES.lastIndex = 0;
  return count;
}

function isMetaLine(text: string): boolean {
  return (
    text.length <= MAX_META_LENGTH &&
    (READING_TIME.test(text) || DATE_LINE.test(text) || TRUNCATED_DATE_LINE.test(text))
  );
}

/** "Anna Puig and Marc Soler", "By Jane Doe": names only, most of them no ordinary word. */
function isByline(text: string): boolean {
  if (/\d|[.!?:;]$/u.test(text)) return false;
  const lexicon = englishLexicon();
  const words = text
    .replace(BYLINE_LEAD, "")
    .replace(BYLINE_BRACKETS, " ")
    .split(BYLINE_SEPARATOR)
    .filter((word) => word && !NAME_PARTICLES.has(word));
  const names = words.filter((word) => !AGENCY_ACRONYM.test(word));
  if (names.length < 2 || words.length > MAX_BYLINE_NAMES) return false;
  if (!names.every((name) => name.split("-").every(isCapitalised))) return false;
  const uncommon = names.filter((name) => !lexicon.isCommonWord(name)).length;
  return uncommon * 2 >= names.length;
}

function ownReason(text: string): ChromeReason | undefined {
  if (text.length <= MAX_WIDGET_TEXT_LENGTH) {
    if (READING_TIME.test(text)) return "readingTime";
    if (DATE_LINE.test(text) || TRUNCATED_DATE_LINE.test(text)) return "date";
    if (isWidgetLabel(text) || isWidgetText(text)) return "widget";
    if (isPlayerClock(text)) return "media";
    if (isCreditLine(text)) return "credit";
  }
  // Each has a length limit of its own: a player's fallback or a newsletter box may run longer.
  if (text.length > MAX_WIDGET_PROSE_LENGTH || !mayBeWidgetProse(text)) return undefined;
  if (isMediaFallback(text)) return "media";
  if (isSubscriptionBox(text)) return "newsletter";
  return undefined;
}

function headlineOf(texts: readonly string[], counts: readonly number[], blocks: readonly Block[]): number {
  const marked = blocks.findIndex((block) => block[0]?.kind === "headline");
  if (marked !== -1) return marked;
  return counts.slice(0, 3).findIndex((count) => count >= MIN_HEADLINE_WORDS);
}

/**
 * Where the article's body begins: the first block that opens with a dateline, or else the
 * first block after the headline that holds several sentences or many words.
 */
// A cheap first look for a dateline in a block's first hundred characters: a case seam or a
// spaced dash. Without the Unicode flag, which the scan does not need and would slow.
const MAY_OPEN_WITH_DATELINE = /^[^]{0,100}?(?:[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]|\s[–—]\s)/;

function opensWithDateline(text: string): boolean {
  return MAY_OPEN_WITH_DATELINE.test(text) && startsWithDateline(text);
}

/**
 * Where the article's body begins, and whether a dateline marks it: the first block that
 * opens with a dateline, or else the first block after the headline that holds several
 * sentences or many words.
 */
function bodyStartOf(
  blocks: readonly Block[],
  texts: readonly string[],
  counts: readonly number[],
  headlineAt: number,
): { at: number; dateline: boolean } {
  const limit = Math.min(blocks.length, MAX_HEADER_BLOCKS + 1);
  for (let index = 0; index < limit; index++) {
    if (opensWithDateline(texts[index] ?? "")) return { at: index, dateline: true };
  }
  for (let index = Math.max(headlineAt + 1, 1); index < blocks.length; index++) {
    if (isLong(blocks[index] ?? [], counts[index] ?? 0)) return { at: index, dateline: false };
  }
  return { at: blocks.length, dateline: false };
}

function endsSentenceLike(text: string): boolean {
  return TERMINAL_PUNCTUATION.test(text) || /["”»]$/u.test(text);
}

/** Why each chrome block of an article is chrome; computed once per article. */
function classifyArticle(blocks: readonly Block[]): Map<Block, ChromeReason> {
  const reasons = new Map<Block, ChromeReason>();
  const texts = blocks.map(blockText);
  const counts = texts.map(wordCount);
  const meta = texts.map(isMetaLine);
  const own = texts.map(ownReason);
  const headlineAt = headlineOf(texts, counts, blocks);
  const headline = texts[headlineAt];
  const headlineWords = counts[headlineAt] ?? 0;
  const { at: bodyStart, dateline } = bodyStartOf(blocks, texts, counts, headlineAt);
  // Without a dateline or a date line the header's end is a guess, and no byline is looked for in it.
  const headerAnchored = dateline || meta.slice(0, bodyStart).includes(true);
  const bylines = new Map<number, boolean>();
  const isBylineAt = (index: number): boolean => {
    let found = bylines.get(index);
    if (found === undefined) {
      const text = texts[index] ?? "";
      found = text.length <= MAX_FURNITURE_LENGTH && startsUppercase(text) && isByline(text);
      bylines.set(index, found);
    }
    return found;
  };
  // The header's own text: kicker, headline, standfirst, caption; not dates, widgets or bylines.
  let headerTexts = 0;
  for (let index = 0; index < bodyStart; index++) if (!own[index] && !isBylineAt(index)) headerTexts++;
  const firstSeen = new Map<string, number>();
  texts.forEach((text, index) => {
    const block = blocks[index];
    const words = counts[index] ?? 0;
    if (!block) return;
    let reason = own[index];
    if (!reason && index === 0 && isKicker(text, words, counts, headerTexts)) reason = "sectionLabel";
    if (!reason && words <= MAX_REPEATED_WORDS && firstSeen.has(text)) reason = "repeated";
    // A widget that quotes the headline ("Dossier …: <headline> Expand").
    if (
      !reason &&
      headline !== undefined &&
      index > headlineAt &&
      words <= headlineWords + MAX_WIDGET_EXTRA_WORDS &&
      text.includes(headline)
    ) {
      reason = "repeated";
    }
    // Names alone, beside the date or between the headline and a body that a dateline or a date marks.
    const besideMeta = meta[index - 1] === true || meta[index + 1] === true;
    const inHeader = headerAnchored && index > headlineAt && index < bodyStart;
    if (!reason && (besideMeta || inHeader) && isBylineAt(index)) reason = "byline";
    // A box of the page (a summary, a related story) copied above the headline, before a dateline body.
    if (
      !reason &&
      index === 0 &&
      bodyStart >= 2 &&
      dateline &&
      isLong(block, words) &&
      !isLong(blocks[1] ?? [], counts[1] ?? 0)
    ) {
      reason = "sidebar";
    }
    if (reason) reasons.set(block, reason);
    if (words <= MAX_REPEATED_WORDS && !firstSeen.has(text)) firstSeen.set(text, index);
  });
  return reasons;
}

function isLong(block: Block, words: number): boolean {
  return block.length > 1 || words > MAX_HEADER_WORDS;
}

/**
 * A topic label above the headline: short, no sentence, and shorter than the headline after
 * it. Up to three words that is enough; a longer phrase needs the full header under it
 * (headline, standfirst and caption), or the label would be the headline itself.
 */
function isKicker(text: string, words: number, counts: readonly number[], headerTexts: number): boolean {
  if (words === 0 || endsSentenceLike(text) || (counts[1] ?? 0) <= words) return false;
  if (words <= MAX_LABEL_WORDS) return true;
  return words <= MAX_KICKER_WORDS && headerTexts >= MIN_HEADER_TEXTS_UNDER_KICKER + 1;
}

const articles = new WeakMap<readonly Block[], Map<Block, ChromeReason>>();

function chromeReason(context: CheckContext): ChromeReason | undefined {
  const blocks = context.article.blocks;
  if (!blocks) return ownReason(blockText(context.block.segments));
  let reasons = articles.get(blocks);
  if (!reasons) {
    reasons = classifyArticle(blocks);
    articles.set(blocks, reasons);
  }
  return reasons.get(context.block.segments);
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const reason = chromeReason(context);
  if (!reason || segment.text.length === 0) return [];
  return [
    { check: "page-chrome", start: 0, end: segment.text.length, fixes: [{ type: "mark-chrome" }], values: { reason } },
  ];
}

const HEADLINE = { text: "Storm floods the old town and closes the harbour", kind: "headline" } as const;

export const pageChrome: CheckDefinition = {
  id: "page-chrome",
  category: "design-markup",
  severity: "major",
  messageKey: "pageChrome",
  detect,
  examples: {
    bad: [
      { text: "3 min", blocksBefore: ["Russia", HEADLINE], found: "3 min", fix: { type: "mark-chrome" } },
      { text: "14 min", blocksBefore: [HEADLINE], found: "14 min", fix: { type: "mark-chrome" } },
      {
        text: "12/11/2025",
        blocksBefore: [HEADLINE],
        blocksAfter: ["3 min"],
        found: "12/11/2025",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Updated: 28 April 2025 14:05",
        blocksBefore: [HEADLINE],
        found: "Updated: 28 April 2025 14:05",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Upd.",
        sentencesAfter: ["20"],
        blocksBefore: [HEADLINE],
        found: "Upd.",
        fix: { type: "mark-chrome" },
        note: "An update stamp the copy cut short, split into two segments.",
      },
      {
        text: "Russia",
        blocksAfter: ["Beach hotels, works of art and cannon fodder"],
        found: "Russia",
        fix: { type: "mark-chrome" },
      },
      { text: "REPORTAGE", blocksAfter: [HEADLINE], found: "REPORTAGE", fix: { type: "mark-chrome" } },
      { text: "Housing Law", blocksAfter: [HEADLINE], found: "Housing Law", fix: { type: "mark-chrome" } },
      {
        text: "REPORTAGE",
        blocksBefore: ["REPORTAGE", HEADLINE],
        found: "REPORTAGE",
        fix: { type: "mark-chrome" },
        note: "A kicker repeated by the meta block.",
      },
      {
        text: "Storm floods the old town and closes the harbour",
        blocksBefore: [HEADLINE, "3 min"],
        found: "Storm floods the old town and closes the harbour",
        fix: { type: "mark-chrome" },
        note: "The headline repeated by a widget.",
      },
      {
        text: "Dossier Storm: Storm floods the old town and closes the harbour Desplega",
        blocksBefore: [HEADLINE],
        found: "Dossier Storm: Storm floods the old town and closes the harbour Desplega",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Anna Puigand Marc Soler",
        blocksBefore: [HEADLINE],
        blocksAfter: ["28/04/2025"],
        found: "Anna Puigand Marc Soler",
        fix: { type: "mark-chrome" },
      },
      {
        text: "By Jane Doe",
        blocksBefore: [HEADLINE],
        blocksAfter: ["28/04/2025"],
        found: "By Jane Doe",
        fix: { type: "mark-chrome" },
      },
      {
        text: "stats",
        blocksBefore: [HEADLINE, "The grid failed at noon."],
        found: "stats",
        fix: { type: "mark-chrome" },
      },
      { text: "Share on WhatsApp", blocksBefore: [HEADLINE], found: "Share on WhatsApp", fix: { type: "mark-chrome" } },
      { text: "Comments (12)", blocksBefore: [HEADLINE], found: "Comments (12)", fix: { type: "mark-chrome" } },
      {
        text: "Photo: Pere Tordera",
        blocksBefore: [HEADLINE],
        found: "Photo: Pere Tordera",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Firefighters at work in Paiporta / EFE",
        blocksBefore: [HEADLINE],
        found: "Firefighters at work in Paiporta / EFE",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Your browser cannot play this video.",
        blocksBefore: [HEADLINE],
        found: "Your browser cannot play this video.",
        fix: { type: "mark-chrome" },
      },
      {
        text: "El teu navegador no admet la reproducció d'àudio.",
        blocksBefore: [HEADLINE],
        found: "El teu navegador no admet la reproducció d'àudio.",
        fix: { type: "mark-chrome" },
        note: "A player's fallback left in the source site's language.",
      },
      {
        text: "00:00 / 02:41",
        blocksBefore: [HEADLINE],
        found: "00:00 / 02:41",
        fix: { type: "mark-chrome" },
        note: "An audio player's clock.",
      },
      { text: "Carregant...", blocksBefore: [HEADLINE], found: "Carregant...", fix: { type: "mark-chrome" } },
      { text: "Cargando…", blocksBefore: [HEADLINE], found: "Cargando…", fix: { type: "mark-chrome" } },
      { text: "Advertisement", blocksBefore: [HEADLINE], found: "Advertisement", fix: { type: "mark-chrome" } },
      { text: "Publicidad", blocksBefore: [HEADLINE], found: "Publicidad", fix: { type: "mark-chrome" } },
      {
        text: "Read also: The port reopens after the storm",
        blocksBefore: [HEADLINE],
        found: "Read also: The port reopens after the storm",
        fix: { type: "mark-chrome" },
      },
      {
        text: "We use cookies to improve your experience.",
        blocksBefore: [HEADLINE],
        found: "We use cookies to improve your experience.",
        sentencesAfter: ["Accept all"],
        fix: { type: "mark-chrome" },
      },
      {
        text: "Follow us on Instagram",
        blocksBefore: [HEADLINE],
        found: "Follow us on Instagram",
        fix: { type: "mark-chrome" },
      },
      {
        text: "3 / 12",
        blocksBefore: [HEADLINE],
        found: "3 / 12",
        fix: { type: "mark-chrome" },
        note: "A photo gallery's counter.",
      },
      {
        text: "Sign up for our newsletter and get the day's news in your inbox.",
        blocksBefore: [HEADLINE],
        found: "Sign up for our newsletter and get the day's news in your inbox.",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Subscriu-te al nostre butlletí i rep les notícies cada matí.",
        blocksBefore: [HEADLINE],
        found: "Subscriu-te al nostre butlletí i rep les notícies cada matí.",
        fix: { type: "mark-chrome" },
      },
      {
        text: "Laia Serra (ACN)",
        blocksBefore: [HEADLINE, "Power will be back by the evening, the operator says."],
        blocksAfter: [
          "Engineers at the control centre on Monday.",
          "28/04/2025",
          "A fault cut the supply at noon. Trains stopped across the region.",
        ],
        found: "Laia Serra (ACN)",
        fix: { type: "mark-chrome" },
        note: "A byline between the headline and the body, with its agency, though not beside the date.",
      },
      {
        text: "Negotiations on the new budget",
        blocksAfter: [
          { text: "The Government and the unions reach a deal on teachers' pay", kind: "headline" },
          "The agreement raises salaries by 5% over two years and hires 2,000 more staff.",
          "Teachers at a rally in front of the department, in March.",
          "14/05/2025",
          "3 min",
          "BarcelonaThe Government and the teaching unions signed the deal on Tuesday. It ends months of strikes.",
        ],
        found: "Negotiations on the new budget",
        fix: { type: "mark-chrome" },
        note: "A kicker of five words: the full header under it (headline, standfirst, caption) tells it from a headline.",
      },
      {
        text: "Five things to know about the new rail timetable, which comes into force in June.",
        sentencesAfter: [
          "Trains will run every ten minutes on the busiest lines, and night services return on weekends.",
        ],
        blocksAfter: [
          { text: "The port of Tarragona doubles its cruise traffic", kind: "headline" },
          "More than a million passengers are expected this year.",
          "TarragonaThe port authority presented its figures on Monday. Cruise companies have added the city to new routes.",
        ],
        found: "Five things to know about the new rail timetable, which comes into force in June.",
        fix: { type: "mark-chrome" },
        note: "A box of the page copied above the headline, before a body that a dateline opens.",
      },
    ],
    good: [
      {
        text: "Appeals of the regional councils",
        kind: "subheading",
        blocksBefore: ["Housing Law", HEADLINE, "The court ruled on Thursday."],
      },
      { text: "What happened?", kind: "subheading", blocksBefore: ["Blackout", HEADLINE, "The grid failed at noon."] },
      {
        text: "Open to Russian tourism",
        kind: "subheading",
        blocksBefore: [HEADLINE, "3 min", "The resort opened this summer."],
      },
      {
        text: "Storm floods the old town and closes the harbour",
        kind: "headline",
        blocksBefore: ["Storm"],
        note: "The first time is the headline itself.",
      },
      { text: "Blackout chaos across the whole of Spain", kind: "headline", note: "The first block, but a long one." },
      {
        text: "Marta Puig visits Joan Ferrer in Girona",
        kind: "caption",
        blocksBefore: [HEADLINE],
        blocksAfter: ["16/10/2025"],
      },
      {
        text: "John Smith Street",
        blocksBefore: [HEADLINE],
        blocksAfter: ["16/10/2025"],
        note: "Ordinary words, not a byline.",
      },
      {
        text: "Pedro Sánchez and Carles Puigdemont",
        kind: "subheading",
        blocksBefore: [HEADLINE, "The talks went on.", "They met twice."],
      },
      { text: "It took three minutes to restore the service.", blocksBefore: [HEADLINE] },
      { text: "Share prices fell on Monday.", blocksBefore: [HEADLINE] },
      {
        text: "The video of the protest was shared thousands of times.",
        blocksBefore: [HEADLINE],
        note: "Media, but no player that cannot play.",
      },
      { text: "The browser war is over, analysts say.", blocksBefore: [HEADLINE] },
      { text: "The match report is not available in Catalan.", blocksBefore: [HEADLINE] },
      {
        text: "Subscribers to the paper rose by a fifth last year.",
        blocksBefore: [HEADLINE],
        note: "A subscription word, but nothing offered to the reader.",
      },
      { text: "Sweden asked to join NATO, and its membership was approved.", blocksBefore: [HEADLINE] },
      { text: "Read the ruling in full before you judge it.", blocksBefore: [HEADLINE] },
      { text: "Follow the money, the judge told investigators.", blocksBefore: [HEADLINE] },
      { text: "The cookies were sold at the Christmas market.", blocksBefore: [HEADLINE] },
      { text: "The score was 3 / 1 at half time, according to the club.", blocksBefore: [HEADLINE] },
      {
        text: "Rents fall for the first time",
        kind: "headline",
        blocksAfter: [
          "The average new contract is 3% cheaper than a year ago.",
          "A block of flats in the city centre.",
          "12/05/2025",
          "3 min",
          "BarcelonaRents have fallen for the first time in ten years. The drop is small.",
        ],
        note: "A short first line with only a standfirst and a caption under it is the headline, not a kicker.",
      },
      {
        text: "Marta Soler Vidal",
        kind: "subheading",
        blocksBefore: [HEADLINE, "The grid failed at noon.", "Trains stopped. Lifts stopped."],
        note: "Names alone in the body, with no date beside them: a subheading, maybe, not a byline.",
      },
      {
        text: "Five things to know about the new rail timetable, which comes into force in June.",
        sentencesAfter: [
          "Trains will run every ten minutes on the busiest lines, and night services return on weekends.",
        ],
        blocksAfter: [
          "The timetable is the first change in a decade.",
          "Commuters have waited years for it. Unions are cautious.",
        ],
        note: "A long first block with no dateline body after it: the article itself.",
      },
    ],
  },
};
