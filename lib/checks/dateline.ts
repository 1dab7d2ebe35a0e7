import { englishLexicon } from "./english-lexicon";
import { isClauseSubjectStart, isFunctionWord } from "./english-words";
import { isCapitalised, startsUppercase } from "./text";

/**
 * A news dateline opens the first paragraph with where the story was filed: "Barcelona —",
 * "Madrid / Barcelona", "Sant Sadurní d'Anoia". Copied pages lose the dash, and the place
 * fuses with the first word ("BarcelonaThe").
 */

// Place names, possibly several ("Barcelona / Madrid", "Sant Cugat del Vallès"), before the glued one.
const DATELINE_SEPARATOR = /[\s/,–—-]+/u;
// Lowercase words inside place names, in English and the source languages: "Vilanova i la Geltrú".
const PLACE_NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "del",
  "dels",
  "la",
  "les",
  "el",
  "els",
  "los",
  "las",
  "i",
  "y",
  "d'",
  "l'",
  "of",
  "on",
  "upon",
  "sa",
  "ses",
  "es",
]);
// A dateline holds a few place names at most; past this, the text before a seam is a sentence.
const MAX_PREFIX_LENGTH = 80;

/** Only place names (capitalised words and the particles between them) and separators. */
export function isPlaceNamePrefix(prefix: string): boolean {
  if (prefix.length > MAX_PREFIX_LENGTH) return false;
  return prefix
    .split(DATELINE_SEPARATOR)
    .every((word) => word === "" || PLACE_NAME_PARTICLES.has(word) || (startsUppercase(word) && !isFunctionWord(word)));
}

// The first word of a block with a seam inside, the place's end fused with a capitalised word.
const FUSED_START = /^([^\s]*?\p{Ll})(\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Ll}+)?)(?=[\s,.;:]|$)/u;
const DASHED_START = /^[^\s–—-][^–—]{0,60}?\s[–—]\s+\p{Lu}/u;
const LEADING_WORDS = 6;

/**
 * Whether a block opens with a dateline, fused ("Madrid / BarcelonaThe …") or with its dash
 * ("Girona — The …"): the mark of an article's first body paragraph.
 */
export function startsWithDateline(text: string): boolean {
  const head = text.slice(0, MAX_PREFIX_LENGTH + 40);
  if (DASHED_START.test(head)) return isPlaceNamePrefix(head.slice(0, head.search(/\s[–—]\s/u)));
  const words = head.split(/\s+/u, LEADING_WORDS);
  let offset = 0;
  for (const word of words) {
    const fused = FUSED_START.exec(word);
    if (fused) {
      const [, left = "", right = ""] = fused;
      const place = left.slice(Math.max(left.lastIndexOf("'"), left.lastIndexOf("’")) + 1);
      if (!isCapitalised(place) || !isPlaceNamePrefix(head.slice(0, offset))) return false;
      if (isClauseSubjectStart(right)) return true;
      // Otherwise the place must be a name, not an ordinary word: "SourceNode" is an identifier.
      const lexicon = englishLexicon();
      return isCapitalised(right) && lexicon.isKnown(right) && (lexicon.isName(place) || !lexicon.isKnown(place));
    }
    offset = head.indexOf(word, offset) + word.length;
  }
  return false;
}
