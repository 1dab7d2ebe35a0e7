import { canonicalLanguageTag } from "../i18n/language-tag";
import { ok } from "../result";
import { importFailure, type ImportResult } from "./import-failure";

/** "und" is BCP 47 for "undetermined": what a file says when it doesn't know. */
const UNDETERMINED = "und";

/**
 * The first language tag given, in canonical BCP 47 form (`en-us` becomes `en-US`); a tag
 * that isn't one of a language Intl knows ("!!", "xx") is refused, through the same
 * `canonicalLanguageTag` that a pasted article's languages go through.
 */
export function pickLanguage(...candidates: (string | null | undefined)[]): ImportResult<string | null> {
  const tag = candidates
    .map((candidate) => candidate?.trim())
    .find((candidate) => candidate && candidate.toLowerCase() !== UNDETERMINED);
  if (!tag) return ok(null);
  const canonical = canonicalLanguageTag(tag);
  return canonical === null ? importFailure("languageInvalid", { language: tag }) : ok(canonical);
}

/** Like `pickLanguage`, for the translation's language, which an article must have. */
export function pickTargetLanguage(...candidates: (string | null | undefined)[]): ImportResult<string> {
  const picked = pickLanguage(...candidates);
  if (!picked.ok) return picked;
  return picked.value === null ? importFailure("languageMissing") : ok(picked.value);
}
