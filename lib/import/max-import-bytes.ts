import { DEFAULT_MAX_BYTES } from "./check-file-size";

/** The largest file an import takes: `GALLEY_MAX_IMPORT_BYTES` when it is a positive whole number, else 5 MiB. */
export function maxImportBytes(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const configured = Number(env.GALLEY_MAX_IMPORT_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}
