/**
 * Words that end in a full stop without ending a sentence, per language. ICU's sentence
 * rules break after them ("Mr. | Smith"), so segmentation joins such pieces back.
 * Dotted acronyms (U.S., p.m.) and single initials (J.) are recognised by shape.
 */
export const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: [
    "upd",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "sr",
    "jr",
    "gen",
    "gov",
    "sen",
    "rep",
    "lt",
    "col",
    "sgt",
    "capt",
    "mt",
    "no",
    "vs",
    "approx",
    "dept",
    "est",
    "fig",
    "vol",
  ],
  ca: ["act", "sr", "sra", "srta", "dr", "dra", "prof", "núm", "pàg", "av", "c", "pl", "vol", "aprox", "ctra"],
  es: [
    "act",
    "sr",
    "sra",
    "srta",
    "dr",
    "dra",
    "prof",
    "núm",
    "pág",
    "av",
    "c",
    "pl",
    "vol",
    "aprox",
    "ctra",
    "ud",
    "uds",
  ],
};

const DOTTED_ACRONYM = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;
const LAST_WORD = /(?:^|[\s(])(\p{L}+)\.$/u;

/** True when `text` ends with an abbreviation, so the sentence must go on. */
export function endsWithAbbreviation(text: string, language: string): boolean {
  if (DOTTED_ACRONYM.test(text) || INITIAL.test(text)) return true;
  const word = LAST_WORD.exec(text)?.[1]?.toLowerCase();
  if (!word) return false;
  const base = language.toLowerCase().split("-")[0] ?? "";
  return (ABBREVIATIONS[base] ?? ABBREVIATIONS.en ?? []).includes(word);
}
