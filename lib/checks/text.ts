/** Small, allocation-light helpers for looking at words around an offset. */

/**
 * Unicode property classes (\p{Lu}) cost a table search per character. Checks first test
 * a cheap Latin-1 pattern, and fall back to the exact one only when the text has cased
 * letters beyond Latin-1 (Latin Extended, Greek, Cyrillic, …).
 */
export const LATIN_UPPER = "A-ZÀ-ÖØ-Þ";
export const LATIN_LOWER = "a-zß-öø-ÿ";
const OTHER_CASED_CLASS = "[\\u0100-\\u052f\\u1e00-\\u1fff\\u2c00-\\u2dff\\ua640-\\ua7ff]";
const OTHER_CASED_LETTER = new RegExp(OTHER_CASED_CLASS, "u");

export function hasCasedLettersBeyondLatin1(text: string): boolean {
  return OTHER_CASED_LETTER.test(text);
}

/** Whether a segment may hold what a check looks for, asked with what the runner knows of its letters. */
export type Prefilter = (text: string, casedBeyondLatin1: boolean) => boolean;

/**
 * A quick test for where an exact Unicode pattern may match: one of `latin1Sources` must
 * match whatever the exact pattern matches in Latin-1 text, and text with cased letters
 * beyond Latin-1 (which the runner finds once per segment) passes, left to the exact pattern.
 * Each source is its own pattern: V8 skips ahead fast to where a single pattern can start,
 * and tries an alternation of patterns that start differently at every character.
 */
export function latin1Prefilter(...latin1Sources: readonly string[]): Prefilter {
  const patterns = latin1Sources.map((source) => new RegExp(source, "u"));
  return (text, casedBeyondLatin1) => {
    if (casedBeyondLatin1) return true;
    for (const pattern of patterns) if (pattern.test(text)) return true;
    return false;
  };
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{Ll}\p{M}]*)?$/u;
const WORD_AFTER = /^[\s"“‘«(]*([\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*)/u;
const WORD_BEFORE = /([\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*)[\s"”’»),]*$/u;

// Checks ask these of nearly every word; an ASCII first letter is answered without the regex engine.
export function startsUppercase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(word);
}

export function startsLowercase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 97 && code <= 122 : LOWER.test(word);
}

/** "There", "Núria", "Kim's": an uppercase letter and then only lowercase ones. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** The word after `index`, skipping spaces and opening quotes. */
export function wordAfter(text: string, index: number): string | undefined {
  return WORD_AFTER.exec(text.slice(index, index + 64))?.[1];
}

/** The word before `index`, skipping spaces, closing quotes and commas. */
export function wordBefore(text: string, index: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, index - 64), index))?.[1];
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const WORD_CHARACTER_BEYOND_ASCII = /[\p{L}\p{M}]/u;

function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHARACTER_BEYOND_ASCII.test(text.charAt(index));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The bounds of the word (letters, marks, digits, inner apostrophes) around `index`. */
export function wordAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  for (;;) {
    while (start > 0 && isWordCharacter(text, start - 1)) start--;
    if (start > 1 && isApostrophe(text.charCodeAt(start - 1)) && isWordCharacter(text, start - 2)) start--;
    else break;
  }
  let end = index;
  for (;;) {
    while (end < text.length && isWordCharacter(text, end)) end++;
    if (end + 1 < text.length && isApostrophe(text.charCodeAt(end)) && isWordCharacter(text, end + 1)) end++;
    else break;
  }
  return { start, end };
}

/** Word offsets as start/end pairs: word `i` is `text.slice(offsets[2 * i], offsets[2 * i + 1])`. */
export interface WordOffsets {
  count: number;
  offsets: Int32Array;
}

let scanBuffer = new Int32Array(512);

/**
 * Finds the words of `text` (letters, marks and digits, with inner apostrophes) without
 * allocating per word. The result is reused by the next call: read it before calling again.
 */
export function scanWords(text: string): WordOffsets {
  let count = 0;
  let index = 0;
  const { length } = text;
  while (index < length) {
    while (index < length && !isWordCharacter(text, index)) index++;
    if (index >= length) break;
    const start = index;
    for (;;) {
      while (index < length && isWordCharacter(text, index)) index++;
      if (index + 1 < length && isApostrophe(text.charCodeAt(index)) && isWordCharacter(text, index + 1)) index++;
      else break;
    }
    if (2 * count + 2 > scanBuffer.length) {
      const grown = new Int32Array(scanBuffer.length * 2);
      grown.set(scanBuffer);
      scanBuffer = grown;
    }
    scanBuffer[2 * count] = start;
    scanBuffer[2 * count + 1] = index;
    count++;
  }
  return { count, offsets: scanBuffer };
}

/** Whether the words at [aStart, aEnd) and [bStart, bEnd) are the same, ignoring case. */
export function sameWordIgnoringCase(
  text: string,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): boolean {
  const length = aEnd - aStart;
  if (length !== bEnd - bStart) return false;
  for (let offset = 0; offset < length; offset++) {
    const a = text.charCodeAt(aStart + offset);
    const b = text.charCodeAt(bStart + offset);
    if (a === b) continue;
    if (a < 0x80 && b < 0x80) {
      if ((a | 0x20) !== (b | 0x20) || (a | 0x20) < 97 || (a | 0x20) > 122) return false;
    } else if (text.charAt(aStart + offset).toLowerCase() !== text.charAt(bStart + offset).toLowerCase()) {
      return false;
    }
  }
  return true;
}

/** `pattern.test(text)` for a global pattern, from the start and leaving it reset. */
export function contains(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

const languageBases = new Map<string, string>();

/** "ca" for "ca", "CA", "ca-ES-valencia"; remembered, since every check asks for every segment. */
export function baseLanguage(tag: string): string {
  let base = languageBases.get(tag);
  if (base === undefined) {
    base = (tag.split("-")[0] ?? tag).toLowerCase();
    languageBases.set(tag, base);
  }
  return base;
}
