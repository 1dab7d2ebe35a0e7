/** Where a command writes, so tests can capture it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  summary: string;
  usage: string;
  /** Resolves to the process exit code: 0 done, 2 bad input. */
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
