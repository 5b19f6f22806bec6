import type { CommandOutput } from './format/output';

/** What every command gets besides its arguments and flags. */
export interface CommandContext {
  /** Colour the text output (a terminal, no NO_COLOR). */
  readonly color: boolean;
  /** The package version, for reports that name their tool (SARIF). */
  readonly version: string;
}

/**
 * The one calling contract of the five commands (generate, lint, explain, simulate, diff): positional
 * arguments and parsed flags in; the text for stdout and the exit code out. A usage problem throws a
 * `CliError` (exit 2); the program writes the output and sets the exit code, never the command.
 */
export type Command<Args extends readonly string[], Options> = (args: Args, options: Options, context: CommandContext) => CommandOutput;
