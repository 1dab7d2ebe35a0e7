import { importFailure, type ImportResult } from "./import-failure";

/** Far deeper than any real article; past it a walker stops rather than overflow the stack. */
export const MAX_NESTING = 256;

class NestingTooDeep extends Error {}

/** Called by a recursive walker on the way down. */
export function checkNesting(depth: number): void {
  if (depth > MAX_NESTING) throw new NestingTooDeep(`nested deeper than ${MAX_NESTING}`);
}

/** Runs a walk over a document, turning too deep a nesting into a `fileTooDeep` failure. */
export function withinNesting<T>(walk: () => ImportResult<T>): ImportResult<T> {
  try {
    return walk();
  } catch (error) {
    if (error instanceof NestingTooDeep) return importFailure("fileTooDeep", { maxDepth: MAX_NESTING });
    throw error;
  }
}
