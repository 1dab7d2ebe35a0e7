import { restoreDatabase } from "../../lib/db/backup/restore-database";
import { defineCommand, type Command } from "../command";
import { InputError } from "../input-error";

const USAGE = `Usage: galley restore FILE

Restores a backup written by \`galley backup\` into a new, empty instance: an embedded
folder that does not exist yet (GALLEY_DATA_DIR, by default .data/pglite), or the empty
database in DATABASE_URL, through the server's \`psql\` in one transaction. It never
writes over data. Start Galley afterwards with \`npm start\`; it applies any migration
that this version has and the backup lacks.
`;

export const restoreCommand: Command = defineCommand({
  name: "restore",
  summary: "load a backup into a new, empty instance",
  usage: USAGE,
  options: {},
  positional: "FILE",
  async run(file, _values, io, context) {
    const restored = await restoreDatabase(context.databaseSettings(), file);
    if (!restored.ok) throw new InputError(restored.problem, false);
    io.stderr(`Restored ${file}. Start Galley with \`npm start\`.\n`);
  },
});
