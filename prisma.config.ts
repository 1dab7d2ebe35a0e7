import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./lib/db/cli-adapter";
import { EMBEDDED_URL_PLACEHOLDER } from "./lib/db/settings";

// The schema's `env("DATABASE_URL")` must resolve even in embedded mode, or the CLI
// falls back to downloading a query engine (see ../shared/STACK.md).
process.env.DATABASE_URL ||= EMBEDDED_URL_PLACEHOLDER;

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  adapter: cliAdapter,
});
