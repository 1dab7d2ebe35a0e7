// Starts Galley for the browser tests exactly as `npm start` does, on a fresh embedded database.
import { rm } from "node:fs/promises";
import { databaseSettings } from "../../lib/db/settings";

const settings = databaseSettings();
if (settings.kind !== "embedded" || !settings.dataDir.includes(".data")) {
  throw new Error("The browser tests run on their own embedded database under .data/; unset DATABASE_URL.");
}
await rm(settings.dataDir, { recursive: true, force: true });
await import("../../scripts/start");
