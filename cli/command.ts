import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Database } from "../lib/db/connect";
import type { DatabaseSettings } from "../lib/db/settings";
import { InputError } from "./input-error";

/** Where a command writes, so tests can capture it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What a command needs from outside besides its arguments, so tests can hand in their own database. */
export interface CliContext {
  /** Opens the database the command works on; the command closes it. */
  openDatabase(): Promise<Database>;
  /** Where that database is, for a command that creates it (a restore). */
  databaseSettings(): DatabaseSettings;
}

export interface Command {
  summary: string;
  usage: string;
  /** Resolves to the process exit code: 0 done, 2 bad input or a database that can't be used. */
  run(args: string[], io: CliIo, context: CliContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` makes of a command's arguments under its options. */
export type ParsedArgs<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  name: string;
  summary: string;
  usage: string;
  /** Its options; `-h`/`--help` is added to them. */
  options: O;
  /** The one positional argument's name in messages, e.g. "FILE"; null for a command that takes none. */
  positional: string | null;
  /** Does the work; throws an InputError for bad input, which is reported with exit code 2. */
  run(
    positional: string,
    values: ParsedArgs<O & typeof HELP_OPTION>["values"],
    io: CliIo,
    context: CliContext,
  ): Promise<void>;
}

const HELP_OPTION = { help: { type: "boolean", short: "h", default: false } } as const;

/**
 * A subcommand that takes options and one positional argument (or none): parses them strictly,
 * answers `--help`, and reports an InputError on stderr (with the usage when the mistake
 * was in the arguments) and exit code 2. Anything else is a bug and propagates.
 */
export function defineCommand<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>): Command {
  const options: O & typeof HELP_OPTION = { ...spec.options, ...HELP_OPTION };
  return {
    summary: spec.summary,
    usage: spec.usage,
    async run(args, io, context) {
      try {
        let parsed: ParsedArgs<O & typeof HELP_OPTION>;
        try {
          parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
        } catch (error) {
          throw new InputError(error instanceof Error ? error.message : String(error));
        }
        if ((parsed.values as { help?: boolean }).help) {
          io.stdout(spec.usage);
          return EXIT_OK;
        }
        if (spec.positional === null) {
          if (parsed.positionals.length > 0)
            throw new InputError(`takes no arguments, but got "${parsed.positionals[0]}"`);
        } else if (parsed.positionals.length !== 1) {
          throw new InputError(
            parsed.positionals.length === 0 ? `missing ${spec.positional}` : `expected one ${spec.positional}`,
          );
        }
        await spec.run(parsed.positionals[0] ?? "", parsed.values, io, context);
        return EXIT_OK;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr(`galley ${spec.name}: ${error.message}\n${error.showUsage ? `\n${spec.usage}` : ""}`);
        return EXIT_BAD_INPUT;
      }
    },
  };
}
