import { CommanderError } from 'commander';
import { CliError, ExitCode } from './cli-error';
import { CliIo, processIo } from './io';
import { buildProgram, commanderExit } from './program';

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Every failure
 * becomes one line on stderr: never a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  let exit: ExitCode = ExitCode.OK;
  try {
    await buildProgram(io, (code) => { exit = code; }).parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) return commanderExit(e); // commander already printed its message
    if (e instanceof CliError) {
      // One line per problem, each marked as ours.
      io.stderr(e.message.split('\n').map((line) => `tcr-access: ${line}\n`).join(''));
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`tcr-access: internal error: ${message.split('\n')[0]}\n`);
    return ExitCode.USAGE;
  }
}

/** The process entry point used by bin/tcr-access.js. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    () => { process.exitCode = ExitCode.USAGE; },
  );
}

export { ExitCode, CliError } from './cli-error';
export type { CliIo } from './io';
