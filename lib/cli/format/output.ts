import type { ExitCode } from '../cli-error';

/** What a checking command prints on stdout, and the exit code its result implies. */
export interface CommandOutput {
  readonly output: string;
  readonly exitCode: ExitCode;
}

/** `--format json` output of every command: two-space indentation and a final newline. */
export function jsonOutput(value: unknown): string {
  return JSON.stringify(value, undefined, 2) + '\n';
}

/** Text output of every command: one line each and a final newline. */
export function textOutput(lines: readonly string[]): string {
  return lines.join('\n') + '\n';
}
