import { z } from "zod";

/**
 * Galley's one policy for characters it cannot store: NUL (PostgreSQL text refuses it) and
 * lone UTF-16 surrogates (they have no UTF-8 form). Both are refused, never stripped, so
 * that what is stored is exactly what was sent; the error code is `textMalformed`.
 */
export function isWellFormedText(text: string): boolean {
  return !text.includes("\u0000") && text.isWellFormed();
}

/** The first offset of a character Galley cannot store, or -1. */
export function malformedAt(text: string): number {
  const nul = text.indexOf("\u0000");
  if (text.isWellFormed()) return nul;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return index;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return index;
    } else if (code >= 0xdc00 && code <= 0xdfff) return index;
  }
  return -1;
}

const MALFORMED = "textMalformed";

/** A string schema that refuses NUL and lone surrogates with the `textMalformed` code as its message. */
export function wellFormedString(): z.ZodString {
  return z.string().refine(isWellFormedText, { message: MALFORMED });
}

/**
 * The first issue of a failed parse that `wellFormedString()` raised, if any: it is answered with
 * `textMalformed`, not `invalidInput`.
 */
export function malformedTextIssue(error: z.ZodError): z.core.$ZodIssue | undefined {
  return error.issues.find((issue) => issue.message === MALFORMED);
}
