import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { getArticleContent } from "../../lib/db/articles/get-article-content";
import { importArticleFile } from "../../lib/db/articles/import-article-file";
import { closeImportPool } from "../../lib/import/import-pool";
import { maxImportBytes } from "../../lib/import/max-import-bytes";
import { defineCommand, type Command } from "../command";
import { errorMessage } from "../error-message";
import { actorFor } from "../actor";
import { InputError } from "../input-error";

const USAGE = `Usage: galley import FILE [--target-lang en] [--source-lang xx] [--origin TEXT] [--as EMAIL] [--link-authors] [--json]

Imports an article file (plain text, Markdown, news-page HTML, XLIFF 1.2 or 2.x, Galley
JSON) as a new article, runs the checks on it, and prints its id and address.

Options:
  --target-lang xx   language of the translation (default: en); XLIFF and Galley JSON
                     files name their own, which wins
  --source-lang xx   language of the original, when the file doesn't name it
  --origin TEXT      where the article came from (default: the file's name)
  --as EMAIL         record the import as done by this Galley account (default: nobody)
  --link-authors     attribute a Galley JSON file's revisions and dismissals to the
                     accounts here with the same email (default: keep the names it gives)
  --json             print {"id", "segments"} instead
  -h, --help         show this help

Uses the app's database (DATABASE_URL, or the embedded one in .data/pglite), which
must not be in use by a running Galley when it is the embedded one.
`;

const OPTIONS = {
  "target-lang": { type: "string", default: "en" },
  "source-lang": { type: "string" },
  origin: { type: "string" },
  as: { type: "string" },
  "link-authors": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
} as const;

/** The file's bytes; one larger than an import takes is refused before it is read into memory. */
async function readArticleBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new InputError(`no such file: ${file}`, false);
  if (info.isDirectory()) throw new InputError(`${file} is a directory, not a file`, false);
  if (!info.isFile()) throw new InputError(`not a file: ${file}`, false);
  if (info.size > maxBytes)
    throw new InputError(
      `${file}: ${errorMessage({ code: "fileTooLarge", details: { size: info.size, maxBytes } })}`,
      false,
    );
  return readFile(file);
}

export const importCommand: Command = defineCommand({
  name: "import",
  summary: "import an article file (text, Markdown, HTML, XLIFF, Galley JSON)",
  usage: USAGE,
  options: OPTIONS,
  positional: "FILE",
  async run(file, values, io, context) {
    const maxBytes = maxImportBytes();
    const bytes = await readArticleBytes(file, maxBytes);
    const fileName = path.basename(file);

    const database = await context.openDatabase();
    try {
      const actorId = await actorFor(database, values.as);
      const imported = await importArticleFile(
        database.db,
        {
          bytes,
          fileName,
          targetLang: values["target-lang"],
          sourceLang: values["source-lang"],
          origin: values.origin?.trim() || undefined,
          maxBytes,
        },
        { actorId, linkAuthors: values["link-authors"] },
      );
      if (!imported.ok) throw new InputError(`${file}: ${errorMessage(imported)}`, false);
      const { id } = imported.value;
      const segments = (await getArticleContent(database.db, id))?.segments.length ?? 0;
      io.stdout(
        values.json
          ? `${JSON.stringify({ id, segments })}\n`
          : `Imported ${fileName} as article ${id}, ${segments} segment${segments === 1 ? "" : "s"}: /en/articles/${id}\n`,
      );
    } finally {
      await Promise.all([database.close(), closeImportPool()]);
    }
  },
});
