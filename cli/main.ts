import { backupCommand } from "./commands/backup";
import { checkCommand } from "./commands/check";
import { checksReportCommand } from "./commands/checks-report";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { restoreCommand } from "./commands/restore";
import { EXIT_BAD_INPUT, EXIT_OK, type CliContext, type CliIo, type Command } from "./command";
import { defaultCliContext } from "./database";
import { readConfig } from "../lib/config/config";

/** Every subcommand; add one here and in cli/commands/. */
const COMMANDS: Readonly<Record<string, Command>> = {
  check: checkCommand,
  import: importCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  "checks-report": checksReportCommand,
};

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(15)}${command.summary}`);
  return [
    "Usage: galley <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `galley <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Dispatches to a subcommand and resolves to the exit code. */
export async function main(
  argv: string[],
  io: CliIo = processIo,
  context: CliContext = defaultCliContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`galley: unknown command "${name}"\n\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  const config = readConfig(env);
  if (!config.ok) {
    io.stderr(config.problems.map((problem) => `galley: ${problem}\n`).join(""));
    return EXIT_BAD_INPUT;
  }
  return command.run(args, io, context);
}
