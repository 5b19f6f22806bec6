import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { elapsedMs, median, Timing } from './harness';
import { buildTeamWorld } from './team-policies';
import { ExitCode, main } from '../lib/cli';
import type { LintJsonEntry } from '../lib/cli/format/lint-json';

const FILES = 1_000;
/** One file in twenty has a mistake, as a repository of hand-edited policies might. */
const FAULTY_EVERY = 20;
const WARMUP = 2;
const RUNS = 7;

/** The lint throughput measurement. */
export interface LintThroughput {
  readonly files: number;
  readonly faultyFiles: number;
  readonly medianMs: number;
  readonly runsMs: number[];
  readonly filesPerSecond: number;
}

/**
 * Writes 1,000 policy files (the team blueprint's documents, pretty-printed; every twentieth misspells an
 * action or lacks its closing brace) and lints them all with one in-process `tcr-access lint --format json <1,000 files>`,
 * as CI would. Throws unless exactly the faulty files have errors.
 */
export async function measureLint(log: (line: string) => void): Promise<LintThroughput> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-bench-lint-'));
  try {
    const { files, faulty } = writeFiles(dir);
    const runsMs: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = process.hrtime.bigint();
      const { exit, stdout } = await lint(files);
      const ms = elapsedMs(start);
      if (run >= WARMUP) runsMs.push(ms);
      checkOutput(exit, stdout, faulty);
    }
    const timing: Timing = { medianMs: median(runsMs), runsMs };
    log(`lint: ${timing.medianMs.toFixed(0)} ms for ${FILES} files`);
    return { files: FILES, faultyFiles: faulty.size, ...timing, filesPerSecond: FILES / (timing.medianMs / 1000) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function writeFiles(dir: string): { files: string[]; faulty: Map<string, string> } {
  const documents = buildTeamWorld(FILES / 4, 5).documents;
  const faulty = new Map<string, string>();
  const files = documents.map((text, i) => {
    const file = path.join(dir, `policy-${String(i).padStart(4, '0')}.json`);
    // Pretty-printed, as policies kept in a repository are.
    const pretty = JSON.stringify(JSON.parse(text), undefined, 2);
    let content = pretty;
    if (i % FAULTY_EVERY === FAULTY_EVERY - 1) {
      const malformed = Math.floor(i / FAULTY_EVERY) % 2 === 0;
      content = malformed ? pretty.replace(/\}\s*$/, '') : pretty.replace('"tcr:Describe', '"tcr:Descrbe');
      if (content === pretty) throw new Error(`could not put a mistake in document ${i}: ${text}`);
      faulty.set(file, malformed ? 'invalid-json' : 'unknown-action');
    }
    fs.writeFileSync(file, content);
    return file;
  });
  return { files, faulty };
}

async function lint(files: readonly string[]): Promise<{ exit: ExitCode; stdout: string }> {
  let stdout = '';
  let stderr = '';
  const exit = await main(['lint', '--format', 'json', ...files], {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    color: false,
  });
  if (stderr !== '') throw new Error(`tcr-access lint wrote to stderr: ${stderr}`);
  return { exit, stdout };
}

function checkOutput(exit: ExitCode, stdout: string, faulty: ReadonlyMap<string, string>): void {
  if (exit !== ExitCode.CHECK_FAILED) throw new Error(`tcr-access lint exited ${exit}, expected ${ExitCode.CHECK_FAILED} for the faulty files`);
  const errors = (JSON.parse(stdout) as LintJsonEntry[]).filter((e) => e.severity === 'error');
  const flagged = new Set(errors.map((e) => e.file));
  for (const [file, ruleId] of faulty) {
    if (!errors.some((e) => e.file === file && e.ruleId === ruleId)) throw new Error(`tcr-access lint did not report ${ruleId} in ${file}`);
  }
  const unexpected = [...flagged].filter((f) => !faulty.has(f));
  if (unexpected.length) throw new Error(`tcr-access lint reported errors in clean files: ${unexpected.slice(0, 3).join(', ')}`);
}
