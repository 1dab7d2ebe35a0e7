// Runs the Prisma CLI with Galley's database settings (embedded PGlite unless DATABASE_URL is set).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { EMBEDDED_URL_PLACEHOLDER } from "../lib/db/settings";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || EMBEDDED_URL_PLACEHOLDER, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
