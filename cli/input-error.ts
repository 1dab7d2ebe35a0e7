/** Bad input, reported on stderr with exit code 2; argument mistakes also show the usage. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}
