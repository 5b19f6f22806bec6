import { jsonOutput } from './output';
import type { LintReport } from '../commands/lint';

/** One entry of `lint --format json`. */
export interface LintJsonEntry {
  readonly file: string;
  readonly resource?: string;
  readonly pointer: string;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly suppressed?: string;
}

/** Every finding (and every skipped document, as a `note` with rule id `skipped`) as a flat array. */
export function lintEntries(report: LintReport): LintJsonEntry[] {
  const entries: LintJsonEntry[] = [];
  for (const { input, findings } of report.results) {
    const where = { file: input.file, ...(input.resource !== undefined ? { resource: input.resource } : {}) };
    if (input.skipped) {
      entries.push({ ...where, pointer: '', ruleId: 'skipped', severity: 'note', message: `Not linted: ${input.skipped}.` });
    }
    for (const f of findings) {
      entries.push({
        ...where,
        pointer: f.path,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        ...(f.line !== undefined ? { line: f.line, column: f.column } : {}),
        ...(f.suppression ? { suppressed: f.suppression.reason } : {}),
      });
    }
  }
  return entries;
}

/** `lint --format json`. */
export function formatLintJson(report: LintReport): string {
  return jsonOutput(lintEntries(report));
}
