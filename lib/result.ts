/**
 * Expected failures travel as values with a code; the code is also the message key under
 * `Errors` in messages/*.json. Exceptions are for bugs.
 */
export const ERROR_CODES = [
  "conflict",
  "notFound",
  "articleNotFound",
  "invalidInput",
  "textTooLong",
  "textMalformed",
  "lineBreak",
  "forbidden",
  "findingGone",
  "cannotSplitHere",
  "cannotMergeHere",
  "revisionNotFound",
  "criticalFindings",
  "outdatedPreview",
  "emptyArticle",
  "unknownLanguage",
  "pasteTooLarge",
  "signedOut",
  "apiTokenInvalid",
  "signInFailed",
  "tooManyAttempts",
  "passwordTooShort",
  "passwordTooLong",
  "wrongPassword",
  "emailTaken",
  "invitationInvalid",
  "invitationGone",
  "lastAdmin",
  "setupDone",
  "userNotFound",
  "commentNotFound",
  "commentRequired",
  "nothingApproved",
  // Reading an article file: see lib/import/import-failure.ts for each one's details.
  "fileEmpty",
  "fileTooLarge",
  "fileTooDeep",
  "fileBinary",
  "encodingUndeclared",
  "encodingInvalid",
  "encodingUnsupported",
  "formatUnknown",
  "xmlMalformed",
  "xmlDoctypeRefused",
  "xliffVersionUnsupported",
  "xliffInvalid",
  "jsonMalformed",
  "jsonVersionUnsupported",
  "jsonInvalid",
  "languageMissing",
  "languageInvalid",
  "articleEmpty",
  "segmentTooLong",
  "fileTooComplex",
  "markdownTooComplex",
  "importBusy",
  // Personal API tokens.
  "tooManyTokens",
  "tokenNotFound",
  // Admins' choices for the checks.
  "checkNotFound",
  "severityNotLower",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Failure<C extends ErrorCode = ErrorCode, D = undefined> {
  ok: false;
  code: C;
  details: D;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T, F extends Failure<ErrorCode, unknown> = Failure> = Success<T> | F;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<C extends ErrorCode>(code: C): Failure<C, undefined>;
export function fail<C extends ErrorCode, D>(code: C, details: D): Failure<C, D>;
export function fail<C extends ErrorCode, D>(code: C, details?: D): Failure<C, D | undefined> {
  return { ok: false, code, details };
}
