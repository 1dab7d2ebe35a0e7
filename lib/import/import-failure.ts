import type { Result } from "../result";

/** What each import failure reports besides its code; the code is also the message key under `Errors`. */
export interface ImportFailureDetails {
  fileEmpty: undefined;
  fileTooLarge: { size: number; maxBytes: number };
  /** Elements or Markdown blocks nested deeper than any article would be. */
  fileTooDeep: { maxDepth: number };
  /** Text that contains NUL characters is a binary file, whatever its name says. */
  fileBinary: undefined;
  /** Not valid UTF-8, and the file names no other encoding. */
  encodingUndeclared: undefined;
  /** The file names an encoding (or has a byte order mark) that its bytes do not follow. */
  encodingInvalid: { encoding: string };
  /** The file names an encoding that no decoder knows. */
  encodingUnsupported: { encoding: string };
  formatUnknown: { fileName: string | null; contentType: string | null };
  xmlMalformed: { line: number; column: number; reason: string };
  /** DTDs are refused outright, so that no entity can be expanded or fetched. */
  xmlDoctypeRefused: { line: number; column: number };
  xliffVersionUnsupported: { version: string | null };
  xliffInvalid: { line: number; column: number; problem: XliffProblem };
  jsonMalformed: { line: number | null; column: number | null };
  jsonVersionUnsupported: { version: unknown };
  /** `path` is where in the document the problem is, e.g. "segments.3.status". */
  jsonInvalid: { path: string; problem: string };
  languageMissing: undefined;
  languageInvalid: { language: string };
  /** Nothing in the file is text to review. */
  articleEmpty: undefined;
  /** A segment longer than MAX_SEGMENT_LENGTH; `line` is the file's line for plain text, else null. */
  segmentTooLong: { segment: number; line: number | null; start: string; length: number; max: number };
  /** Reading the file passed the import pool's time or memory budget (lib/import/import-pool.ts). */
  fileTooComplex: { limit: "time" | "memory"; seconds: number; megabytes: number };
  /** Markdown whose marks (emphasis, brackets, list markers) the parser would take far too long over. */
  markdownTooComplex: { line: number };
  /** Every thread of the import pool is busy and its queue is full. */
  importBusy: { retryAfter: number };
  /** NUL or a lone surrogate in a name, origin or language given with the file (lib/text/well-formed.ts). */
  textMalformed: undefined;
}

export type XliffProblem = "notXliff" | "missingId" | "missingSource";

export type ImportFailureCode = keyof ImportFailureDetails;

export type ImportFailure = {
  [C in ImportFailureCode]: { ok: false; code: C; details: ImportFailureDetails[C] };
}[ImportFailureCode];

/** `Result` only takes failures whose code is in ERROR_CODES, so every import failure has a translated message. */
export type ImportResult<T> = Result<T, ImportFailure>;

/** A failure whose details are required exactly when its code has some. */
export function importFailure<C extends ImportFailureCode>(
  code: C,
  ...details: ImportFailureDetails[C] extends undefined ? [] : [ImportFailureDetails[C]]
): ImportFailure {
  // TypeScript cannot narrow the union member from a generic code; the signature above keeps code and details paired.
  return { ok: false, code, details: details[0] } as ImportFailure;
}
