import { diffModels, ModelDiff } from '../../analysis/diff-models';
import { AccessChange, NotCompared } from '../../simulator/diff-access';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';
import { jsonOutput, textOutput } from '../format/output';
import { paint } from '../format/paint';
import { readModel, withReadablePolicies } from '../model-inputs';

/** Flags of `tcr-access diff`. */
export interface DiffOptions {
  readonly format?: 'text' | 'json' | 'markdown';
  /** Compare only these principals. */
  readonly principal?: readonly string[];
  /** "Not compared" entries warn instead of failing. */
  readonly allowUnknown?: boolean;
}

/**
 * `tcr-access diff`: per principal (when the input has attachments), the access `newPath` grants that
 * `oldPath` did not. Exit 0 when nothing is new, 1 on new access or anything not compared (a warning with
 * `--allow-unknown`), 2 when an input is unreadable or neither side has a policy.
 */
export const diffFiles: Command<[oldPath: string, newPath: string], DiffOptions> = ([oldPath, newPath], options, { color }) => {
  const before = readModel([oldPath]);
  const after = readModel([newPath]);
  if (before.policies.length === 0 && after.policies.length === 0) {
    throw new CliError(`nothing to compare: neither ${oldPath} nor ${newPath} holds a CAM policy or a TCR service account`);
  }
  const known = new Set([...before.principals, ...after.principals].map((p) => p.id));
  const missing = (options.principal ?? []).filter((id) => !known.has(id));
  if (missing.length) {
    // A mistyped principal must not pass the gate by comparing nothing.
    throw new CliError(`nothing to compare for --principal ${missing.join(', ')}: no attachment names it in ${oldPath} or ${newPath}`);
  }
  const diff = withReadablePolicies(() => diffModels(before, after, { principals: options.principal }));
  const failsOnUnknown = diff.notCompared.length > 0 && !options.allowUnknown;
  const exitCode = diff.added.length > 0 || failsOnUnknown ? ExitCode.CHECK_FAILED : ExitCode.OK;
  if (options.format === 'json') {
    return { output: jsonOutput({ old: oldPath, new: newPath, allowUnknown: Boolean(options.allowUnknown), ...diff }), exitCode };
  }
  if (options.format === 'markdown') return { output: markdown(diff, oldPath, newPath, Boolean(options.allowUnknown)), exitCode };
  const p = paint(color);
  const lines: string[] = [];
  const scope = diff.perPrincipal ? `${diff.principals.length} principals` : 'all policies as one set (no attachments in the input)';
  if (diff.added.length) {
    lines.push(p.red(`New access in ${newPath} that ${oldPath} did not grant (${diff.added.length}):`), ...grouped(diff.added, '+'));
  } else if (diff.notCompared.length === 0) {
    lines.push(p.green(`No new access in ${newPath} compared with ${oldPath} (${scope}).`));
  } else {
    lines.push(`No new access found in ${newPath}, but some changes could not be compared (${scope}).`);
  }
  if (diff.notCompared.length) {
    const head = options.allowUnknown
      ? p.yellow(`Not compared (${diff.notCompared.length}), accepted with --allow-unknown (these changes may grant access the diff cannot see):`)
      : p.red(`Not compared (${diff.notCompared.length}); the gate fails (use --allow-unknown to accept):`);
    lines.push(head, ...diff.notCompared.map((n) => `  ? ${notComparedText(n)}`));
  }
  if (diff.removed.length) lines.push(`Access removed (${diff.removed.length}):`, ...grouped(diff.removed, '-'));
  lines.push(p.dim(`${diff.probes} requests probed under each.`));
  return { output: textOutput(lines), exitCode };
};

function grouped(changes: readonly AccessChange[], sign: string): string[] {
  const lines: string[] = [];
  let principal: string | undefined;
  for (const c of changes) {
    if (c.principal !== undefined && c.principal !== principal) lines.push(`  ${c.principal}:`);
    principal = c.principal;
    lines.push(`${c.principal !== undefined ? '    ' : '  '}${sign} ${changeText(c)}`);
  }
  return lines;
}

/** `tcr:PushRepository on qcs::… from 10.0.0.1 tagged env&prod`. */
export function changeText(c: AccessChange): string {
  const from = c.sourceIp ? ` from ${c.sourceIp}` : '';
  const tags = c.resourceTags ? ` tagged ${Object.entries(c.resourceTags).map(([k, v]) => `${k}&${v}`).join(',') || '(no tags)'}` : '';
  return `${c.action} on ${c.resource}${from}${tags}`;
}

function notComparedText(n: NotCompared): string {
  return `${n.principal ? `${n.principal}: ` : ''}${n.statement}${n.action ? ` (${n.action})` : ''}: ${n.reason}`;
}

function markdown(diff: ModelDiff, oldPath: string, newPath: string, allowUnknown: boolean): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const verdict = diff.added.length
    ? ':x: **New access**'
    : diff.notCompared.length ? (allowUnknown ? ':warning: **No new access found; some changes not compared (accepted with --allow-unknown)**' : ':x: **Some changes could not be compared**') : ':white_check_mark: **No new access**';
  const lines = [
    '## tcr-access diff',
    '',
    `${verdict} — \`${cell(oldPath)}\` → \`${cell(newPath)}\``,
    '',
    '| New access | Not compared | Removed |',
    '| ---: | ---: | ---: |',
    `| ${diff.added.length} | ${diff.notCompared.length} | ${diff.removed.length} |`,
  ];
  const context = (c: AccessChange) => [c.sourceIp ? `from ${c.sourceIp}` : '', c.resourceTags ? `tags ${JSON.stringify(c.resourceTags)}` : ''].filter(Boolean).join(', ');
  if (diff.added.length) {
    lines.push('', '### New access', '', '| Principal | Action | Resource | Context |', '| --- | --- | --- | --- |',
      ...diff.added.map((c) => `| ${cell(c.principal ?? 'all policies')} | \`${c.action}\` | \`${cell(c.resource)}\` | ${cell(context(c))} |`));
  }
  if (diff.notCompared.length) {
    lines.push('', allowUnknown ? '### Not compared (accepted with `--allow-unknown`)' : '### Not compared (fails the gate)', '',
      '| Principal | Statement | Action | Why |', '| --- | --- | --- | --- |',
      ...diff.notCompared.map((n) => `| ${cell(n.principal ?? 'all policies')} | \`${cell(n.statement)}\` | ${n.action ? `\`${n.action}\`` : 'any'} | ${cell(n.reason)} |`));
  }
  if (diff.removed.length) {
    lines.push('', '<details><summary>Access removed (information)</summary>', '', '| Principal | Action | Resource |', '| --- | --- | --- |',
      ...diff.removed.map((c) => `| ${cell(c.principal ?? 'all policies')} | \`${c.action}\` | \`${cell(c.resource)}\` |`), '', '</details>');
  }
  return lines.join('\n') + '\n';
}
