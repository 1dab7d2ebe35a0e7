/**
 * Runs every bench/*.bench.ts in name order, or those named (`npm run bench -- import`); each prints its own
 * numbers.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

interface Bench {
  run(): Promise<void>;
}

const folder = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(folder)
  .filter(
    (name) => name.endsWith(".bench.ts") && (only.length === 0 || only.includes(name.replace(/\.bench\.ts$/u, ""))),
  )
  .sort();

for (const file of files) {
  console.log(`# ${file}`);
  const bench = (await import(pathToFileURL(`${folder}/${file}`).href)) as Bench;
  await bench.run();
  console.log("");
}
