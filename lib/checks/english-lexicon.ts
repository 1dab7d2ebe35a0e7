import dictionary from "dictionary-en";
import nspell from "nspell";

/** Word lookups backed by the SCOWL-based Hunspell dictionary in `dictionary-en`, read by `nspell`. */
export interface Lexicon {
  /** A lowercase entry exists: an ordinary word ("homeland", "the", "pretty"). */
  isCommonWord(word: string): boolean;
  /** The word is known only as written with capitals: a name ("Moscow", "YouTube", "iPhone"). */
  isName(word: string): boolean;
  /** Either of the above. */
  isKnown(word: string): boolean;
}

const POSSESSIVE = /['’]s?$/u;
const CURLY_APOSTROPHE = /’/gu;

let speller: ReturnType<typeof nspell> | undefined;
let capitalisedStems: Set<string> | undefined;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function spelling() {
  speller ??= nspell({ aff: asBuffer(dictionary.aff), dic: asBuffer(dictionary.dic) });
  return speller;
}

/**
 * Stems the dictionary lists with a capital: names, including those that are also common
 * words ("Trump", "Turkey"), which a case-insensitive lookup cannot tell apart.
 */
function namesInDictionary(): Set<string> {
  capitalisedStems ??= new Set(
    new TextDecoder()
      .decode(dictionary.dic)
      .split("\n")
      .map((line) => line.split("/", 1)[0] ?? "")
      .filter((stem) => stem !== stem.toLowerCase()),
  );
  return capitalisedStems;
}

function normalise(word: string): string {
  const straight = word.includes("’") ? word.replace(CURLY_APOSTROPHE, "'") : word;
  return straight.includes("'") ? straight.replace(POSSESSIVE, "") : straight;
}

// Lookups repeat across segments and articles; nspell's affix analysis does not need to.
const MAX_CACHED = 50_000;
const caches = {
  common: new Map<string, boolean>(),
  name: new Map<string, boolean>(),
  known: new Map<string, boolean>(),
};

// Longer than any word: looked up, never kept.
const MAX_CACHED_LENGTH = 64;

function cached(cache: Map<string, boolean>, word: string, lookup: (word: string) => boolean): boolean {
  if (word.length > MAX_CACHED_LENGTH) return lookup(word);
  let found = cache.get(word);
  if (found === undefined) {
    found = lookup(word);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, found);
  }
  return found;
}

const lexicon: Lexicon = {
  isCommonWord(word) {
    return cached(caches.common, word, (key) => {
      const base = normalise(key);
      return base !== "" && spelling().correct(base.toLowerCase());
    });
  },
  isName(word) {
    return cached(caches.name, word, (key) => {
      const base = normalise(key);
      if (base === "" || base === base.toLowerCase() || !spelling().correct(base)) return false;
      return !spelling().correct(base.toLowerCase()) || namesInDictionary().has(base);
    });
  },
  isKnown(word) {
    return cached(caches.known, word, (key) => {
      const base = normalise(key);
      return base !== "" && spelling().correct(base);
    });
  },
};

/** The English lexicon; the dictionary is parsed on first use, once per process. */
export function englishLexicon(): Lexicon {
  return lexicon;
}
