/**
 * How fast the import pool refuses the files that once froze the server (issue 9): XLIFF
 * nested 200,000 deep (18 minutes then), 30 KB of `*a_` Markdown (15 s) and a 2.2 MB nested
 * list (114 s), and a long ordinary file that runs out of the time budget. Each is timed
 * from a warm pool, as a server that has imported before has it, and the first from a cold one.
 */
import { readFileSync } from "node:fs";
import type { ArticleFile } from "../lib/import/import-file";
import { closeImportPool, importPoolLimits, readArticleFileInPool } from "../lib/import/import-pool";

const MiB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

function nestedList(bytes: number): string {
  let text = "";
  for (let level = 0; text.length < bytes; level++) text += `${"  ".repeat(level)}- item\n`;
  return text;
}

const article = readFileSync(new URL("../lib/import/fixtures/article.md", import.meta.url), "utf8");
const paragraphs = article
  .split("\n")
  .filter((line) => /^[A-Z]/u.test(line))
  .join("\n\n");

const FILES: readonly [string, ArticleFile][] = [
  [
    "XLIFF, 200,000 nested <pc>",
    {
      fileName: "deep.xlf",
      bytes: encode(
        `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="u"><segment><source>x</source><target>${'<pc id="1">'.repeat(200_000)}x${"</pc>".repeat(200_000)}</target></segment></unit></file></xliff>`,
      ),
    },
  ],
  ["Markdown, 30 KB of *a_", { fileName: "stars.md", targetLang: "en", bytes: encode("*a_".repeat(10_000)) }],
  ["Markdown, a 2.2 MB nested list", { fileName: "list.md", targetLang: "en", bytes: encode(nestedList(2.2 * MiB)) }],
  [
    "Markdown, 4.5 MB of plain paragraphs",
    {
      fileName: "long.md",
      targetLang: "en",
      bytes: encode(Array.from({ length: 4_800 }, () => paragraphs).join("\n\n")),
    },
  ],
];

export async function run(): Promise<void> {
  const limits = importPoolLimits();
  console.log(
    `pool: ${limits.threads} thread(s), queue ${limits.queue}, ${limits.timeLimitMs / 1000} s and ${limits.memoryMb} MB per file`,
  );
  try {
    for (const [index, [name, file]] of FILES.entries()) {
      const started = performance.now();
      const result = await readArticleFileInPool({ ...file, maxBytes: 5 * MiB });
      const elapsed = performance.now() - started;
      const outcome = result.ok
        ? `read, ${result.value.segments.length} segments`
        : `${result.code} ${JSON.stringify(result.details)}`;
      console.log(
        `${name.padEnd(38)} ${(file.bytes.length / MiB).toFixed(2)} MiB  ${elapsed.toFixed(0).padStart(6)} ms  ${outcome}${index === 0 ? " (cold pool)" : ""}`,
      );
      if (index === 0) {
        const again = performance.now();
        await readArticleFileInPool(file);
        console.log(
          `${`${name}, again`.padEnd(38)} ${(file.bytes.length / MiB).toFixed(2)} MiB  ${(performance.now() - again).toFixed(0).padStart(6)} ms  (warm pool)`,
        );
      }
    }
  } finally {
    await closeImportPool();
  }
}
