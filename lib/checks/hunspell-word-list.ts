/**
 * A Hunspell dictionary read for recognition only: is this word in the language? It
 * applies one suffix, one prefix, or both, as Hunspell's affix rules allow, and nothing
 * else (no compounding, no suggestions). `nspell` expands every word of a large
 * dictionary up front, which takes minutes for Catalan's; this reads the word list once
 * into a map and strips affixes per lookup instead.
 */

interface AffixRule {
  flag: string;
  /** Characters the rule removed from the stem. */
  strip: string;
  /** Characters the rule added, without continuation flags. */
  add: string;
  /** The stem's end (suffixes) or start (prefixes) must match. */
  condition: RegExp | null;
  crossProduct: boolean;
}

export interface HunspellWordList {
  /** The word as written, or in lowercase, is a word of the language. */
  has(word: string): boolean;
  /** A lowercase form is a word: an ordinary word, not only a name. */
  hasCommon(word: string): boolean;
  /** Listed only with a capital: a name ("Girona", "Llobregat"). */
  isName(word: string): boolean;
}

type FlagKind = "char" | "long" | "num" | "utf8";

function splitFlags(flags: string, kind: FlagKind): string[] {
  if (kind === "long") return flags.match(/../gsu) ?? [];
  if (kind === "num") return flags.split(",").filter(Boolean);
  return [...flags];
}

/** Hunspell conditions are a regular-expression subset: characters, ".", and [..] / [^..] classes. */
function conditionRegExp(condition: string, suffix: boolean): RegExp | null {
  if (condition === "." || condition === "") return null;
  const escaped = condition.replace(/[\\(){}|+*?$^]/gu, (character) => (character === "^" ? "^" : `\\${character}`));
  return new RegExp(suffix ? `${escaped}$` : `^${escaped}`, "u");
}

interface ParsedAffixes {
  flagKind: FlagKind;
  suffixes: Map<string, AffixRule[]>;
  prefixes: Map<string, AffixRule[]>;
  forbidden: string | undefined;
  needAffix: string | undefined;
  longestSuffix: number;
  longestPrefix: number;
}

function parseAffixes(aff: string): ParsedAffixes {
  const parsed: ParsedAffixes = {
    flagKind: "char",
    suffixes: new Map(),
    prefixes: new Map(),
    forbidden: undefined,
    needAffix: undefined,
    longestSuffix: 0,
    longestPrefix: 0,
  };
  const crossProducts = new Map<string, boolean>();
  for (const raw of aff.split(/\r?\n/u)) {
    const fields = raw.split(/\s+/u);
    const [directive, flag = "", second = "", third = "", fourth = ""] = fields;
    if (directive === "FLAG")
      parsed.flagKind = flag === "long" ? "long" : flag === "num" ? "num" : flag === "UTF-8" ? "utf8" : "char";
    else if (directive === "FORBIDDENWORD") parsed.forbidden = flag;
    else if (directive === "NEEDAFFIX") parsed.needAffix = flag;
    else if (directive === "SFX" || directive === "PFX") {
      // The header line is "SFX flag Y count"; rule lines are "SFX flag strip add condition".
      if (fields.length === 4 && /^\d+$/u.test(third) && (second === "Y" || second === "N")) {
        crossProducts.set(`${directive}${flag}`, second === "Y");
        continue;
      }
      const strip = second === "0" ? "" : second;
      const add = (third.split("/")[0] ?? "").replace(/^0$/u, "");
      const suffix = directive === "SFX";
      const rule: AffixRule = {
        flag,
        strip,
        add,
        condition: conditionRegExp(fourth, suffix),
        crossProduct: crossProducts.get(`${directive}${flag}`) ?? false,
      };
      const index = suffix ? parsed.suffixes : parsed.prefixes;
      const list = index.get(add) ?? [];
      list.push(rule);
      index.set(add, list);
      if (suffix) parsed.longestSuffix = Math.max(parsed.longestSuffix, add.length);
      else parsed.longestPrefix = Math.max(parsed.longestPrefix, add.length);
    }
  }
  return parsed;
}

function parseWords(dic: string): Map<string, string> {
  const words = new Map<string, string>();
  const lines = dic.split(/\r?\n/u);
  // The first line counts the entries.
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line === "") continue;
    const slash = line.indexOf("/");
    const tab = line.indexOf("\t");
    const end = slash === -1 ? (tab === -1 ? line.length : tab) : slash;
    const word = line.slice(0, end).trim();
    if (word === "") continue;
    const flags = slash === -1 ? "" : (line.slice(slash + 1).split(/\s/u, 1)[0] ?? "");
    const known = words.get(word);
    words.set(word, known === undefined ? flags : `${known}${flags}`);
  }
  return words;
}

const MAX_CACHED = 50_000;
// Longer than any word of a dictionary: not looked up, and never cached.
const MAX_WORD_LENGTH = 64;

/** Reads a Hunspell .aff and .dic pair (UTF-8) into a word list. */
export function readHunspell(aff: Uint8Array, dic: Uint8Array): HunspellWordList {
  const decoder = new TextDecoder();
  const affixes = parseAffixes(decoder.decode(aff));
  const words = parseWords(decoder.decode(dic));
  const flagSets = new Map<string, ReadonlySet<string>>();

  const flagsOf = (stem: string): ReadonlySet<string> | undefined => {
    const raw = words.get(stem);
    if (raw === undefined) return undefined;
    let set = flagSets.get(raw);
    if (!set) {
      set = new Set(splitFlags(raw, affixes.flagKind));
      flagSets.set(raw, set);
    }
    return set;
  };

  const isStem = (stem: string): boolean => {
    const flags = flagsOf(stem);
    if (!flags) return false;
    return !(affixes.forbidden && flags.has(affixes.forbidden)) && !(affixes.needAffix && flags.has(affixes.needAffix));
  };

  const stemHas = (stem: string, flag: string): boolean => {
    const flags = flagsOf(stem);
    return flags !== undefined && flags.has(flag) && !(affixes.forbidden !== undefined && flags.has(affixes.forbidden));
  };

  /** The stems a suffix rule could have made `word` from, with the rule that made it. */
  const withSuffix = (word: string, test: (stem: string, rule: AffixRule) => boolean): boolean => {
    const longest = Math.min(affixes.longestSuffix, word.length - 1);
    for (let length = 0; length <= longest; length++) {
      const rules = affixes.suffixes.get(word.slice(word.length - length));
      if (!rules) continue;
      const base = word.slice(0, word.length - length);
      for (const rule of rules) {
        const stem = base + rule.strip;
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (test(stem, rule)) return true;
      }
    }
    return false;
  };

  const analyse = (word: string): boolean => {
    if (isStem(word)) return true;
    if (withSuffix(word, (stem, rule) => stemHas(stem, rule.flag))) return true;
    const longest = Math.min(affixes.longestPrefix, word.length - 1);
    for (let length = 0; length <= longest; length++) {
      const rules = affixes.prefixes.get(word.slice(0, length));
      if (!rules) continue;
      const rest = word.slice(length);
      for (const rule of rules) {
        const stem = rule.strip + rest;
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (stemHas(stem, rule.flag)) return true;
        // A prefix and a suffix together, when both rules allow it.
        if (
          rule.crossProduct &&
          withSuffix(
            stem,
            (inner, suffix) => suffix.crossProduct && stemHas(inner, suffix.flag) && stemHas(inner, rule.flag),
          )
        )
          return true;
      }
    }
    return false;
  };

  const cache = new Map<string, boolean>();
  const lookup = (word: string): boolean => {
    if (word.length > MAX_WORD_LENGTH) return false;
    let known = cache.get(word);
    if (known === undefined) {
      known = analyse(word);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(word, known);
    }
    return known;
  };

  return {
    has(word) {
      return lookup(word) || lookup(word.toLowerCase());
    },
    hasCommon(word) {
      return lookup(word.toLowerCase());
    },
    isName(word) {
      return word !== word.toLowerCase() && lookup(word) && !lookup(word.toLowerCase());
    },
  };
}
