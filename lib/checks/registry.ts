import { fusedWords } from "./fused-words";
import { lowercaseStart } from "./lowercase-start";
import { missingSpace } from "./missing-space";
import { mistranslatedConjunction } from "./mistranslated-conjunction";
import { numberMismatch } from "./number-mismatch";
import { pageChrome } from "./page-chrome";
import { repeatedWord } from "./repeated-word";
import { spacing } from "./spacing";
import { strayFragment } from "./stray-fragment";
import type { CheckDefinition } from "./types";
import { unbalancedPair } from "./unbalanced-pair";
import { unquotedTitle } from "./unquoted-title";
import { untranslated } from "./untranslated";

/** Every check, in the order their findings are listed when they start at the same offset. */
export const CHECKS: readonly CheckDefinition[] = [
  fusedWords,
  missingSpace,
  strayFragment,
  mistranslatedConjunction,
  pageChrome,
  unquotedTitle,
  repeatedWord,
  unbalancedPair,
  spacing,
  untranslated,
  numberMismatch,
  lowercaseStart,
];

const byId = new Map(CHECKS.map((check) => [check.id, check]));

export function findCheck(id: string): CheckDefinition | undefined {
  return byId.get(id);
}
