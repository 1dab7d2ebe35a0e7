import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Tests that read or write a database: they run on PGlite and on the PostgreSQL server. */
const DATABASE_TESTS = ["lib/db/**/*.test.ts", "lib/auth/api-tokens.test.ts", "cli/database.test.ts", "cli/commands/{backup,export,import}.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    testTimeout: 30_000,
    projects: [
      // The pure core and everything else that needs no database: runs in seconds, anywhere.
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**", ...DATABASE_TESTS] } },
      // Migrates one PGlite and one PostgreSQL template first; each file then works on its own copy.
      { extends: true, test: { name: "db", include: DATABASE_TESTS, globalSetup: ["./lib/db/testing/global-setup.ts"], hookTimeout: 120_000 } },
    ],
  },
});
