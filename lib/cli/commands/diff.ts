import { compilePolicies } from '../../simulator/compiled-policies';
import { AccessChange, diffAccess } from '../../simulator/diff-access';
import { ExitCode } from '../cli-error';
import type { Command } from '../command';
import { loadDocuments, withReadableDocuments } from '../documents';
import { jsonOutput, textOutput } from '../format/output';
import { paint } from '../format/paint';

/** `tcr-access diff`: the access `newFile` grants that `oldFile` did not; exit 1 when there is any. */
export const diffFiles: Command<[oldFile: string, newFile: string], { readonly format?: 'text' | 'json' }> = ([oldFile, newFile], { format }, { color }) => {
  const before = loadDocuments([oldFile]);
  const after = loadDocuments([newFile]);
  // Compile each side alone, so a bad document is reported with its own file.
  const compiledBefore = withReadableDocuments(before.inputs, () => compilePolicies(before.texts));
  const compiledAfter = withReadableDocuments(after.inputs, () => compilePolicies(after.texts));
  const diff = diffAccess(compiledBefore, compiledAfter);
  const exitCode = diff.added.length ? ExitCode.CHECK_FAILED : ExitCode.OK;
  if (format === 'json') {
    return { output: jsonOutput({ old: oldFile, new: newFile, ...diff }), exitCode };
  }
  const p = paint(color);
  const lines = [...before.notes, ...after.notes];
  if (diff.added.length) {
    lines.push(p.red(`New access in ${newFile} that ${oldFile} did not grant (${diff.added.length}):`), ...diff.added.map(changeText));
  } else {
    lines.push(p.green(`No new access in ${newFile} compared with ${oldFile}.`));
  }
  if (diff.removed.length) lines.push(`Access removed (${diff.removed.length}):`, ...diff.removed.map(changeText));
  lines.push(p.dim(`${diff.probes} requests probed under each.`));
  return { output: textOutput(lines), exitCode };
};

function changeText(c: AccessChange): string {
  const from = c.sourceIp ? ` from ${c.sourceIp}` : '';
  const tags = c.resourceTags ? ` tagged ${Object.entries(c.resourceTags).map(([k, v]) => `${k}&${v}`).join(',')}` : '';
  return `  + ${c.action} on ${c.resource}${from}${tags}`;
}
