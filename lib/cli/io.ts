import * as fs from 'fs';
import { CliError } from './cli-error';

/** Where a command writes, so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour only when writing to a terminal. */
  readonly color: boolean;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
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
