import type { Finding } from './finding';

/**
 * One line for a finding: `[rule-id] message (at /statement/0/action/1)`, plus the reason when it
 * is suppressed. What synth errors, warnings and the CLI print.
 */
export function formatFinding(finding: Finding): string {
  const at = finding.path ? ` (at ${finding.path})` : '';
  const s = finding.suppression;
  const suppressed = s ? ` [suppressed${s.scope !== undefined ? ` on ${s.scope}` : ''}: ${s.reason}]` : '';
  return `[${finding.ruleId}] ${finding.message}${at}${suppressed}`;
}
