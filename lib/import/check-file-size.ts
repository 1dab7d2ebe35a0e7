import { ok } from "../result";
import { importFailure, type ImportResult } from "./import-failure";

/** 5 MiB: a long news article with its page is well under 1 MiB, even as XLIFF. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Refuses an empty file and one over the limit; callers may check a declared size before reading the bytes. */
export function checkFileSize(size: number, maxBytes: number = DEFAULT_MAX_BYTES): ImportResult<number> {
  if (size === 0) return importFailure("fileEmpty");
  if (size > maxBytes) return importFailure("fileTooLarge", { size, maxBytes });
  return ok(size);
}
