import path from "node:path";

/** Where Galley keeps its data: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseSettings = { kind: "embedded"; dataDir: string } | { kind: "server"; url: string };

export const DEFAULT_DATA_DIR = path.join(".data", "pglite");

/** A placeholder the Prisma CLI needs in embedded mode; nothing ever connects to it. */
export const EMBEDDED_URL_PLACEHOLDER = "postgresql://embedded.invalid/galley";

export function databaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== EMBEDDED_URL_PLACEHOLDER) return { kind: "server", url };
  return {
    kind: "embedded",
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.GALLEY_DATA_DIR?.trim() || DEFAULT_DATA_DIR),
  };
}
