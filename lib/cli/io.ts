import * as fs from 'fs';
import { CliError } from './cli-error';

/** Where a command writes, so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour only when writing to a terminal. */
  readonly color: boolean;
}

/** Set once the reader of stdout has gone (`tcr-access … | head`): later output is dropped. */
let stdoutClosed = false;
let stdoutWatched = false;

/**
 * A closed stdout ends the output quietly: without a listener, Node turns the pipe's EPIPE into an uncaught
 * exception with a stack trace. Any other stream error is one line on stderr and exit 2.
 */
function watchStdout(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (e.code === 'EPIPE') return;
    process.stderr.write(`tcr-access: cannot write the output: ${e.code ?? e.message}\n`);
    process.exitCode = 2;
  });
}

/** The process's own streams. */
export function processIo(): CliIo {
  watchStdout();
  return {
    stdout: (t) => {
      if (!stdoutClosed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/** Reads a UTF-8 file, turning any failure into a one-line usage error (exit 2). */
export function readInput(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ?? (e as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}
