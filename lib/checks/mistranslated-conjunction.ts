import { NUMBER_WORD_VALUES } from "./english-words";
import { LITERAL_MT_PATTERNS, type LiteralMtPattern } from "./literal-mt-patterns";
import { baseLanguage, startsUppercase, wordAfter, wordBefore } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

const CLAUSE_END = /[.;!?]/u;
const PUNCTUATION_NEXT = /^\s*[,.;:!?)]/u;
const NUMERAL = /^\d/u;

interface CompiledPattern {
  pattern: LiteralMtPattern;
  occurrence: RegExp;
  partner: RegExp;
  validNext: ReadonlySet<string>;
  validPrevious: ReadonlySet<string>;
}

const compiled = new Map<string, CompiledPattern[]>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function patternsFor(language: string): CompiledPattern[] {
  let patterns = compiled.get(language);
  if (!patterns) {
    patterns = (LITERAL_MT_PATTERNS[language] ?? []).map((pattern) => ({
      pattern,
      // Lowercase only: a capitalised "Either" opens its own "either … or" sentence.
      occurrence: new RegExp(`(?<![\\p{L}\\p{M}])${escape(pattern.rendering)}(?![\\p{L}\\p{M}])`, "gu"),
      partner: new RegExp(`(?<![\\p{L}\\p{M}])(?:${pattern.partners.map(escape).join("|")})(?![\\p{L}\\p{M}])`, "iu"),
      validNext: new Set(pattern.validNext),
      validPrevious: new Set(pattern.validPrevious),
    }));
    compiled.set(language, patterns);
  }
  return patterns;
}

/** The alternative after the word starts like one: a capitalised title or name, or a number. */
function startsAlternative(word: string): boolean {
  return startsUppercase(word) || NUMERAL.test(word) || NUMBER_WORD_VALUES.has(word.toLowerCase());
}

/**
 * A lone rendering between two alternatives: no partner later in its clause, and the next
 * word starts an alternative, not one of the rendering's own uses ("either side").
 */
function standsForSourceWord(
  text: string,
  start: number,
  end: number,
  { partner, validNext, validPrevious }: CompiledPattern,
): boolean {
  const rest = text.slice(end);
  const clauseEnd = rest.search(CLAUSE_END);
  if (partner.test(clauseEnd === -1 ? rest : rest.slice(0, clauseEnd)) || PUNCTUATION_NEXT.test(rest)) return false;
  const next = wordAfter(text, end);
  const previous = wordBefore(text, start);
  if (next === undefined || validNext.has(next.toLowerCase()) || !startsAlternative(next)) return false;
  return previous === undefined || !validPrevious.has(previous.toLowerCase());
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  if (!context.sourceLang) return [];
  const language = baseLanguage(context.sourceLang);
  const { text } = segment;
  const matches: CheckMatch[] = [];
  for (const compiledPattern of patternsFor(language)) {
    const { pattern, occurrence } = compiledPattern;
    if (!text.includes(pattern.rendering)) continue;
    let earlier: number | undefined;
    for (const found of text.matchAll(occurrence)) {
      const start = found.index;
      const end = start + found[0].length;
      const doubled =
        earlier !== undefined &&
        !compiledPattern.partner.test(text.slice(earlier, start)) &&
        !CLAUSE_END.test(text.slice(earlier, start));
      earlier = start;
      if (!doubled && !standsForSourceWord(text, start, end, compiledPattern)) continue;
      matches.push({
        check: "mistranslated-conjunction",
        start,
        end,
        fixes: [{ type: "replace", text: pattern.replacement }],
        values: { word: pattern.rendering, replacement: pattern.replacement, sourceWord: pattern.sourceWord },
      });
    }
  }
  return matches;
}

export const mistranslatedConjunction: CheckDefinition = {
  id: "mistranslated-conjunction",
  category: "accuracy",
  severity: "major",
  messageKey: "mistranslatedConjunction",
  detect,
  examples: {
    bad: [
      {
        text: "Under titles such as Giving a precious life either Heroic fighters, the paintings depict battles.",
        sourceLang: "ca",
        found: "either",
        fix: { type: "replace", text: "or" },
      },
      {
        text: "The repairs will take two either three weeks.",
        sourceLang: "es",
        found: "either",
        fix: { type: "replace", text: "or" },
      },
      {
        text: "Voters can choose Junts either ERC in the next election.",
        sourceLang: "ca",
        found: "either",
        fix: { type: "replace", text: "or" },
      },
      {
        text: "We either share a flat with others either we stay at home.",
        sourceLang: "ca",
        found: "either",
        fix: { type: "replace", text: "or" },
        note: '"o … o" rendered "either … either": the second one is the "or".',
      },
    ],
    good: [
      { text: "You can take either Junts or ERC as an example.", sourceLang: "ca" },
      { text: "Trees grow on either side of the road.", sourceLang: "ca" },
      { text: "She didn't like it either.", sourceLang: "ca" },
      { text: "Either Madrid agrees, or the deal collapses.", sourceLang: "ca" },
      { text: "Neither of them, nor either of their lawyers, spoke.", sourceLang: "ca" },
      { text: "He had not seen either Pretty Woman or Dirty Dancing.", sourceLang: "ca" },
      {
        text: "The repairs will take two either three weeks.",
        note: "Without a known source language there is no literal translation to suspect.",
      },
      { text: "I don't know either, Maria said.", sourceLang: "ca" },
    ],
  },
};
