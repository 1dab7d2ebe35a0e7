import { writeFile } from "node:fs/promises";
import { exportArticle } from "../../lib/db/articles/export-article";
import { recordEvent } from "../../lib/db/audit/record-event";
import type { ExportScope } from "../../lib/export/article-content";
import { EXPORT_FORMAT_NAMES, EXPORT_SCOPES, type ExportFormatName } from "../../lib/export/export-formats";
import { defineCommand, type Command } from "../command";
import { errorMessage } from "../error-message";
import { actorFor } from "../actor";
import { InputError } from "../input-error";

const USAGE = `Usage: galley export ID [--format md] [--scope all] [--output FILE [--force]] [--as EMAIL]

Writes an article in one format to standard output, or to FILE. Markdown, HTML and plain
text are for readers and leave page chrome out; XLIFF keeps every segment, page chrome
marked translate="no", for a CAT tool; Galley JSON holds the whole article with its history.

Options:
  --format NAME       ${EXPORT_FORMAT_NAMES.join(", ")} (default: md)
  --scope SCOPE       all: every segment, the unapproved ones marked with their status;
                      approved: only the approved segments (default: all)
  -o, --output FILE   write to FILE instead of standard output
  --force             replace FILE when it exists (otherwise that is refused)
  --as EMAIL          record the export as done by this Galley account (default: nobody)
  -h, --help          show this help

Uses the app's database (DATABASE_URL, or the embedded one in .data/pglite), which
must not be in use by a running Galley when it is the embedded one.
`;

const OPTIONS = {
  format: { type: "string", default: "md" },
  scope: { type: "string", default: "all" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  as: { type: "string" },
} as const;

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (!found) throw new InputError(`--${option}: "${value}" is not one of ${allowed.join(", ")}`);
  return found;
}

function parseId(value: string): number {
  const id = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2 ** 31 - 1)
    throw new InputError(`"${value}" is not an article id (a whole number such as 12)`);
  return id;
}

/** Writes the export; without --force an existing file is refused atomically, never replaced. */
async function writeOutput(file: string, body: string, force: boolean): Promise<void> {
  try {
    await writeFile(file, body, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputError(`${file} already exists; add --force to replace it`, false);
    if (code === "ENOENT") throw new InputError(`cannot write ${file}: its folder does not exist`, false);
    if (code === "EISDIR") throw new InputError(`${file} is a directory`, false);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`cannot write ${file}: permission denied`, false);
    throw error;
  }
}

export const exportCommand: Command = defineCommand({
  name: "export",
  summary: "write an article as Markdown, HTML, text, XLIFF or Galley JSON",
  usage: USAGE,
  options: OPTIONS,
  positional: "ID",
  async run(idArgument, values, io, context) {
    const id = parseId(idArgument);
    const format: ExportFormatName = oneOf(values.format, EXPORT_FORMAT_NAMES, "format");
    const scope: ExportScope = oneOf(values.scope, EXPORT_SCOPES, "scope");
    if (values.force && values.output === undefined) throw new InputError("--force only applies with --output");

    const database = await context.openDatabase();
    try {
      const actorId = await actorFor(database, values.as);
      const exported = await exportArticle(database.db, id, { format, scope });
      if (!exported.ok) throw new InputError(`article ${id}: ${errorMessage({ code: exported.code })}`, false);
      const file = exported.value;
      if (values.output === undefined) io.stdout(file.body);
      else await writeOutput(values.output, file.body, values.force);
      await recordEvent(database.db, {
        actorId,
        action: "article.export",
        articleId: id,
        details: { format, scope, via: "cli" },
      });
      if (values.output !== undefined)
        io.stderr(
          `Wrote article ${id} as ${format} (${format === "json" ? "the whole article" : `${scope} segments`}) to ${values.output}\n`,
        );
    } finally {
      await database.close();
    }
  },
});
