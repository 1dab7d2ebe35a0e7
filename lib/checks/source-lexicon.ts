import catalan from "dictionary-ca";
import spanish from "dictionary-es";
import { type HunspellWordList, readHunspell } from "./hunspell-word-list";
import { baseLanguage } from "./text";

/** Hunspell dictionaries of the source languages Galley translates from, by base language. */
const DICTIONARIES: Readonly<Record<string, { aff: Uint8Array; dic: Uint8Array }>> = { ca: catalan, es: spanish };

const lexicons = new Map<string, SourceLexicon | null>();
const CURLY_APOSTROPHE = /’/gu;

export interface SourceLexicon {
  /** A word of the source language, common or a name. */
  has(word: string): boolean;
  /** An ordinary word of the source language (it has a lowercase entry). */
  hasCommon(word: string): boolean;
  /** A name the source language's dictionary lists with a capital. */
  isName(word: string): boolean;
}

function straight(word: string): string {
  return word.includes("’") ? word.replace(CURLY_APOSTROPHE, "'") : word;
}

function lexiconOf(words: HunspellWordList): SourceLexicon {
  return {
    has: (word) => words.has(straight(word)),
    hasCommon: (word) => words.hasCommon(straight(word)),
    isName: (word) => words.isName(straight(word)),
  };
}

/** The source language's dictionary, read on first use; undefined for a language without one. */
export function sourceLexicon(language: string): SourceLexicon | undefined {
  const base = baseLanguage(language);
  let lexicon = lexicons.get(base);
  if (lexicon === undefined) {
    const dictionary = DICTIONARIES[base];
    lexicon = dictionary ? lexiconOf(readHunspell(dictionary.aff, dictionary.dic)) : null;
    lexicons.set(base, lexicon);
  }
  return lexicon ?? undefined;
}
