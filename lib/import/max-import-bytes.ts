import { configFrom } from "../config/config";

/** The largest file an import takes: `GALLEY_MAX_IMPORT_BYTES`, 5 MiB unless set (checked when Galley starts). */
export function maxImportBytes(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return configFrom(env).GALLEY_MAX_IMPORT_BYTES;
}
