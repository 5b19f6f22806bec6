import { stripNamePrefix } from '../../catalog/actions';
import type { ValueAt } from '../../policy/policy-view';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** The same action or resource twice in one statement. */
export const duplicateEntry = defineRule({
  id: 'duplicate-entry',
  severity: 'warning',
  title: 'The same action or resource appears twice in a statement',
  explanation: 'A repeat adds nothing, hides what the statement grants, and often marks a copy-paste slip where another value was meant.',
  fix: 'Remove the repeat (or correct it to the value that was meant).',
  check({ document }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      // `name/tcr:X` and `tcr:X` are the same action.
      hits.push(...repeats(s.actions, stripNamePrefix, 'Action', s.index));
      hits.push(...repeats(s.resources, (v) => v, 'Resource', s.index));
    }
    return hits;
  },
});

function repeats(entries: readonly ValueAt[], key: (v: string) => string, label: string, index: number): RuleHit[] {
  const first = new Map<string, ValueAt>();
  const hits: RuleHit[] = [];
  for (const entry of entries) {
    const seen = first.get(key(entry.value));
    if (seen === undefined) {
      first.set(key(entry.value), entry);
      continue;
    }
    hits.push({
      message: `${label} ${show(entry.value)} appears twice in statement ${index} (first at ${seen.path}); remove the repeat.`,
      path: entry.path,
      value: entry.value,
    });
  }
  return hits;
}
