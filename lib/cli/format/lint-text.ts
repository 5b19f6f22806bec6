import { lintEntries } from './lint-json';
import { textOutput } from './output';
import { paint } from './paint';
import type { LintReport } from '../commands/lint';

/** `lint --format text`: `file:pointer: severity rule-id message`, then a summary line. */
export function formatLintText(report: LintReport, color: boolean): string {
  const p = paint(color);
  const lines = lintEntries(report).map((e) => {
    const location = e.line !== undefined ? `${e.line}:${e.column}` : e.pointer;
    const where = [e.file, e.resource, location].filter((s) => s !== undefined && s !== '').join(':');
    const severity = e.severity === 'error' ? p.red('error') : e.severity === 'warning' ? p.yellow('warning') : p.dim('note');
    return `${where}: ${severity} ${e.ruleId} ${e.message}`;
  });
  const findings = report.results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const documents = report.results.filter((r) => !r.input.skipped).length;
  const summary = `${documents} document(s) linted: ${errors} error(s), ${warnings} warning(s)`;
  lines.push(errors ? p.red(summary) : warnings ? p.yellow(summary) : p.green(summary));
  return textOutput(lines);
}
