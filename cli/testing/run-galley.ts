import type { Database } from "../../lib/db/connect";
import type { CliContext } from "../command";
import { defaultCliContext } from "../database";
import { main } from "../main";

export interface GalleyRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `galley …argv` in process, capturing what it prints, on `context`'s database when given. */
export async function runGalley(argv: string[], context?: CliContext): Promise<GalleyRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    context ?? defaultCliContext,
  );
  return { code, stdout, stderr };
}

/** A context whose database outlives every command: the command's close leaves it open. */
export function sharedDatabaseContext(database: () => Database): CliContext {
  return {
    openDatabase: async () => ({ ...database(), close: async () => undefined }),
    databaseSettings: () => database().settings,
  };
}
