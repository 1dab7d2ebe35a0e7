import { NUMBER_WORD_VALUES } from "./english-words";
import type { CheckContext, CheckDefinition, CheckMatch, Fix, SegmentView } from "./types";

// Digits with the separators any of our languages groups or splits them with.
const NUMBER = /\d+(?:[.,\u00a0\u202f]\d+)*/gu;
const WORD = /[\p{L}]+/gu;
const HAS_DIGIT = /\d/u;
// Small whole numbers are often written out on one side only ("6" → "six", "sis" → "6").
const MAX_SPELLED_OUT = 10;

function mayBeSpelledOut(value: number): boolean {
  return Number.isInteger(value) && value <= MAX_SPELLED_OUT;
}

interface Separators {
  group: string;
  decimal: string;
}

interface FoundNumber {
  raw: string;
  value: number;
  start: number;
  end: number;
}

const separatorCache = new Map<string, Separators>();

function separatorsOf(language: string): Separators {
  let separators = separatorCache.get(language);
  if (!separators) {
    const parts = new Intl.NumberFormat(language, { useGrouping: "always" }).formatToParts(12345.5);
    separators = {
      group: parts.find((part) => part.type === "group")?.value ?? ",",
      decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
    };
    separatorCache.set(language, separators);
  }
  return separators;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

const patternCache = new Map<string, RegExp>();

/** "1.500" in Catalan and "1,500" in English are both 1500; "3,5" is 3.5 in Catalan. */
function localePattern(separators: Separators): RegExp {
  const key = separators.group + separators.decimal;
  let pattern = patternCache.get(key);
  if (!pattern) {
    const group = `[${escape(separators.group)}\\u00a0\\u202f]`;
    pattern = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${escape(separators.decimal)}(\\d+))?$`, "u");
    patternCache.set(key, pattern);
  }
  return pattern;
}

function numbersIn(text: string, language: string): FoundNumber[] {
  const pattern = localePattern(separatorsOf(language));
  const numbers: FoundNumber[] = [];
  for (const found of text.matchAll(NUMBER)) {
    const raw = found[0];
    const parsed = pattern.exec(raw);
    if (parsed) {
      const whole = (parsed[1] ?? "").replace(/\D/gu, "");
      numbers.push({
        raw,
        value: Number(`${whole}.${parsed[2] ?? "0"}`),
        start: found.index,
        end: found.index + raw.length,
      });
      continue;
    }
    // Separators that fit neither convention split separate numbers ("12.40 h" is a time).
    for (const part of raw.matchAll(/\d+/gu)) {
      const start = found.index + part.index;
      numbers.push({ raw: part[0], value: Number(part[0]), start, end: start + part[0].length });
    }
  }
  return numbers;
}

function spelledOut(text: string): number[] {
  const values: number[] = [];
  for (const found of text.matchAll(WORD)) {
    const value = NUMBER_WORD_VALUES.get(found[0].toLowerCase());
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** Removes one occurrence of `value`, reporting whether there was one. */
function take(values: number[], value: number): boolean {
  const at = values.indexOf(value);
  if (at === -1) return false;
  values.splice(at, 1);
  return true;
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const source = segment.sourceText;
  const sourceLang = context.sourceLang;
  const { text } = segment;
  if (!source || !sourceLang || (!HAS_DIGIT.test(source) && !HAS_DIGIT.test(text))) return [];
  const sourceNumbers = numbersIn(source, sourceLang);
  const sourceValues = sourceNumbers.map((number) => number.value);
  const extra = numbersIn(text, context.targetLang).filter(
    (number) => !take(sourceValues, number.value) && !mayBeSpelledOut(number.value),
  );
  const written = spelledOut(text);
  // Each unmatched source value is taken once, so a repeated number is reported per copy.
  const missing = sourceNumbers.filter(
    (number) => !mayBeSpelledOut(number.value) && take(sourceValues, number.value) && !take(written, number.value),
  );
  const format = new Intl.NumberFormat(context.targetLang, { maximumFractionDigits: 10 });
  const matches: CheckMatch[] = extra.map((number) => {
    const only = extra.length === 1 && missing.length === 1 ? missing[0] : undefined;
    const fixes: Fix[] = only ? [{ type: "replace", text: format.format(only.value) }] : [];
    return {
      check: "number-mismatch",
      start: number.start,
      end: number.end,
      fixes,
      values: { number: number.raw, direction: "extra" },
    };
  });
  // An empty translation has no place to mark; what it lacks is the whole text, not a number.
  if (extra.length === 0 && text.trim() !== "") {
    for (const number of missing) {
      matches.push({
        check: "number-mismatch",
        start: 0,
        end: text.length,
        fixes: [],
        values: { number: number.raw, direction: "missing" },
      });
    }
  }
  return matches;
}

export const numberMismatch: CheckDefinition = {
  id: "number-mismatch",
  category: "accuracy",
  severity: "critical",
  messageKey: "numberMismatch",
  detect,
  examples: {
    bad: [
      {
        text: "Only about 1,800 Russians travelled there last year.",
        sourceText: "Només uns 1.500 russos hi van viatjar l'any passat.",
        sourceLang: "ca",
        found: "1,800",
        fix: { type: "replace", text: "1,500" },
      },
      {
        text: "The exhibition shows works of patriotic propaganda.",
        sourceText: "L'exposició mostra més de 120 obres de propaganda patriòtica.",
        sourceLang: "ca",
        found: "The exhibition shows works of patriotic propaganda.",
        fix: null,
        note: "A number the translation dropped.",
      },
      {
        text: "Inflation rose 35 percent.",
        sourceText: "La inflació va pujar un 3,5 per cent.",
        sourceLang: "ca",
        found: "35",
        fix: { type: "replace", text: "3.5" },
      },
    ],
    good: [
      {
        text: "Only about 1,500 Russians travelled there.",
        sourceText: "Només uns 1.500 russos hi van viatjar.",
        sourceLang: "ca",
      },
      { text: "By six votes to four.", sourceText: "Per 6 vots a 4.", sourceLang: "ca" },
      { text: "Inflation rose 3.5 percent.", sourceText: "La inflació va pujar un 3,5 per cent.", sourceLang: "es" },
      { text: "The vote began at 12:15 p.m.", sourceText: "La votació va començar a les 12.15 h.", sourceLang: "ca" },
      { text: "It happened in fifteen minutes.", sourceText: "Va passar en 15 minuts.", sourceLang: "ca" },
      {
        text: "Only about 1,800 Russians travelled there.",
        note: "Without a source text there is nothing to compare.",
      },
      {
        text: "",
        sourceText: "Hi van viatjar 1.500 russos.",
        sourceLang: "ca",
        note: "An empty translation: nothing to mark a number in.",
      },
    ],
  },
};
