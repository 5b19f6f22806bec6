/** Exit codes of every command. */
export enum ExitCode {
  /** Success, nothing wrong. */
  OK = 0,
  /** The check failed: lint errors, an unmet expectation, new access. */
  CHECK_FAILED = 1,
  /** A usage error or unreadable input. */
  USAGE = 2,
}

/** An error the CLI reports as one line on stderr, with its exit code; never a stack trace. */
export class CliError extends Error {
  public constructor(message: string, public readonly exitCode: ExitCode = ExitCode.USAGE) {
    super(message);
    this.name = 'CliError';
  }
}
