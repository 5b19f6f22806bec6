import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One command of a transcript, written as a user types it (`tcr-access ...`, optionally `> file`). */
export interface Step {
  readonly command: string;
  /** A comment shown after the command. */
  readonly comment?: string;
  /** The exit code the command must end with; the transcript fails otherwise. @default 0 */
  readonly exit?: number;
  /** Show `$ echo $?` and the exit code after the output. */
  readonly showExit?: boolean;
  /** Show only these many lines of the output, then `...`. @default all */
  readonly head?: number;
  /** Leave the output out (a tour of commands). */
  readonly quiet?: boolean;
  /** Run the step but show nothing of it (setting up a file the next steps read). */
  readonly hidden?: boolean;
  /** Cut output lines longer than this many characters, ending them with `…`. @default no limit */
  readonly width?: number;
}

const BIN = path.join(__dirname, '..', '..', 'bin', 'tcr-access.js');

/**
 * Runs the steps with the built CLI (bin/tcr-access.js, so `npm run compile` first) in a fresh directory
 * holding `files`, and returns the transcript a user would see. Arguments are split on spaces: write no
 * quotes. Colour is off, as in a pipe.
 */
export function session(files: Record<string, string>, steps: readonly Step[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const out: string[] = [];
    for (const step of steps) {
      const words = step.command.split(' ');
      const redirect = words.indexOf('>');
      const args = (redirect < 0 ? words : words.slice(0, redirect)).slice(1);
      if (words[0] !== 'tcr-access') throw new Error(`a step runs tcr-access, got "${step.command}"`);
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const expected = step.exit ?? 0;
      if (r.status !== expected) throw new Error(`"${step.command}" exited ${r.status}, expected ${expected}:\n${r.stdout}${r.stderr}`);
      if (redirect >= 0) fs.writeFileSync(path.join(dir, words[redirect + 1]), r.stdout);
      if (step.hidden) continue;
      out.push(`$ ${step.command}${step.comment ? `  # ${step.comment}` : ''}`);
      if (!step.quiet) {
        const text = `${redirect >= 0 ? '' : r.stdout}${r.stderr}`.replace(/\n$/, '');
        const shown = (text ? text.split('\n') : []).map((l) => (step.width && l.length > step.width ? `${l.slice(0, step.width)} …` : l));
        out.push(...(step.head !== undefined && shown.length > step.head ? [...shown.slice(0, step.head), '...'] : shown));
      }
      if (step.showExit) out.push('$ echo $?', String(r.status));
    }
    return out.join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
