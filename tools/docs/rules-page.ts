import { RULES } from '../../lib';

/** Markdown table cells cannot hold a raw `|` or a line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/rules.md, written from the rule registry (`RULES`, the same list `lintPolicy`, the constructs and
 * `tcr-access lint` report from): the page cannot list a rule the library lacks or miss one it has.
 */
export function rulesPage(): string {
  const lines = [
    '<!-- Generated from the rule registry (lib/validation/rules/index.ts) by `npm run docs`: do not edit. -->',
    '# Validation rules',
    '',
    'Every rule the library reports, from `RULES` (also `getRule(id)`). An **error** fails `cdktf synth` and',
    '`tcr-access lint`; a **warning** is reported and synth goes on (`tcr-access lint --strict` fails on',
    'warnings too). Suppress a finding by its rule id, with a reason: see',
    '[Names and rules](names-and-rules.md#suppressions).',
    '',
    '| Rule | Severity | What it catches |',
    '| --- | --- | --- |',
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${cell(r.title)} |`),
    '',
  ];
  for (const r of RULES) {
    lines.push(`## ${r.id}`, '', `**${r.severity}**: ${r.title.replace(/[.!?]$/, '')}.`, '', r.explanation, '', `**Fix:** ${r.fix}`, '');
  }
  return lines.join('\n');
}
