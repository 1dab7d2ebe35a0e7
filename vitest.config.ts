import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const EXCLUDED = ["node_modules/**", ".next/**", ".data/**", "e2e/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Next resolves "server-only" to nothing on the server; Vitest runs server code, so it does the same.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    testTimeout: 30_000,
    projects: [
      // Everything that needs no database, the pure core first of all: runs in seconds, anywhere.
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: [...EXCLUDED, "**/*.db.test.ts"] } },
      // A test that reads or writes a database is named *.db.test.ts; it runs on PGlite and on
      // the PostgreSQL server, from the templates the global setup migrates first.
      {
        extends: true,
        test: {
          name: "db",
          include: ["**/*.db.test.ts"],
          exclude: EXCLUDED,
          globalSetup: ["./lib/db/testing/global-setup.ts"],
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
