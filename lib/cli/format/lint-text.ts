import { lintEntries } from './lint-json';
import { textOutput } from './output';
import { paint } from './paint';
import type { LintReport } from '../commands/lint';

/**
 * `lint --format text`: `file:pointer: severity rule-id message`, a suppressed finding followed by its reason,
 * then a summary line that counts the suppressed findings apart (they neither fail nor warn).
 */
export function formatLintText(report: LintReport, color: boolean): string {
  const p = paint(color);
  const lines = lintEntries(report).map((e) => {
    const location = e.line !== undefined ? `${e.line}:${e.column}` : e.pointer;
    const where = [e.file, e.resource, location].filter((s) => s !== undefined && s !== '').join(':');
    if (e.suppressed !== undefined) return p.dim(`${where}: suppressed ${e.severity} ${e.ruleId} ${e.message} [suppressed: ${e.suppressed}]`);
    const severity = e.severity === 'error' ? p.red('error') : e.severity === 'warning' ? p.yellow('warning') : p.dim('note');
    return `${where}: ${severity} ${e.ruleId} ${e.message}`;
  });
  const findings = report.results.flatMap((r) => r.findings);
  const open = findings.filter((f) => !f.suppression);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.length - errors;
  const suppressed = findings.length - open.length;
  const documents = report.results.filter((r) => !r.input.skipped).length;
  const summary = `${documents} document(s) linted: ${errors} error(s), ${warnings} warning(s)${suppressed ? `, ${suppressed} suppressed` : ''}`;
  lines.push(errors ? p.red(summary) : warnings ? p.yellow(summary) : p.green(summary));
  return textOutput(lines);
}
