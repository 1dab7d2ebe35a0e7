import { backupDatabase } from "../../lib/db/backup/backup-database";
import { defineCommand, type Command } from "../command";
import { InputError } from "../input-error";

const USAGE = `Usage: galley backup FILE

Writes the whole instance to FILE as SQL: every article with its history and findings,
people, API tokens (as hashes), sessions and the activity log. FILE must not exist yet.
The embedded database is dumped by PGlite's own pg_dump; a PostgreSQL server by the
server's \`pg_dump\`, which must be installed in the server's version.

Restore it with \`galley restore FILE\` into a new, empty instance.

Uses the app's database (DATABASE_URL, or the embedded one in .data/pglite), which
must not be in use by a running Galley when it is the embedded one.
`;

export const backupCommand: Command = defineCommand({
  name: "backup",
  summary: "write the whole instance to a file, to restore elsewhere",
  usage: USAGE,
  options: {},
  positional: "FILE",
  async run(file, _values, io, context) {
    const database = await context.openDatabase();
    try {
      const backup = await backupDatabase(database, file).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === "EEXIST")
          throw new InputError(`${file} already exists; a backup never replaces a file`, false);
        throw error;
      });
      if (!backup.ok) throw new InputError(backup.problem, false);
      io.stderr(`Wrote the whole instance to ${file} (${backup.bytes.toLocaleString("en")} bytes).\n`);
    } finally {
      await database.close();
    }
  },
});
