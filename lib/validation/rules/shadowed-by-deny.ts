import { stripNamePrefix } from '../../catalog/actions';
import { Glob } from '../../catalog/glob';
import type { StatementView } from '../../policy/policy-view';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** An allow statement every action/resource pair of which a deny statement of the same document refuses. */
export const shadowedByDeny = defineRule({
  id: 'shadowed-by-deny',
  severity: 'warning',
  title: 'An allow statement is entirely overridden by a deny',
  explanation: 'In CAM an explicit deny beats any allow: if every action/resource pair of an allow statement is denied by ' +
    'an unconditional deny statement of the same document, the allow grants nothing.',
  fix: 'Remove the allow statement, or narrow the deny so that it leaves the intended access.',
  check({ document, options }) {
    if (!document) return [];
    // A conditional deny may not apply to a request, so only unconditional ones are known to shadow.
    const denies = document.statements.filter((s) => s.effect === 'deny' && s.conditions.length === 0 && s.actions.length && s.resources.length);
    if (denies.length === 0) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (s.effect !== 'allow' || s.actions.length === 0 || s.resources.length === 0) continue;
      if ([...s.actions, ...s.resources].some((v) => options.isUnresolved(v.value))) continue;
      const by = shadowingDenies(s, denies);
      if (by.length === 0) continue;
      hits.push({
        message: `Every action/resource pair of allow statement ${s.index} is denied by statement ${by.join(', ')}, so it grants ` +
          'nothing (an explicit deny always wins). Remove it, or narrow the deny.',
        path: s.path,
      });
    }
    return hits;
  },
});

/**
 * The indexes of the deny statements that together cover every pair, or an empty list if some pair is
 * left. `covers` is sound for `*`-only globs: a deny pattern that matches the allow pattern's text (its
 * `*` taken literally) matches everything the allow pattern does.
 */
function shadowingDenies(allow: StatementView, denies: readonly StatementView[]): number[] {
  const covering = (values: readonly string[], patterns: (d: StatementView) => string[]) => {
    const matchers = denies.map((d) => matcher(patterns(d)));
    // Group values by the set of denies covering them: pairs then only need checking per distinct group.
    return new Set([...new Set(values)].map((v) => matchers.flatMap((covers, i) => (covers(v) ? [i] : [])).join(',')));
  };
  const actionGroups = covering(allow.actions.map((a) => stripNamePrefix(a.value)), (d) => d.actions.map((a) => stripNamePrefix(a.value)));
  const resourceGroups = covering(allow.resources.map((r) => r.value), (d) => d.resources.map((r) => r.value));
  const used = new Set<number>();
  for (const a of actionGroups) {
    const aSet = new Set(a === '' ? [] : a.split(',').map(Number));
    for (const r of resourceGroups) {
      const shared = (r === '' ? [] : r.split(',').map(Number)).filter((i) => aSet.has(i));
      if (shared.length === 0) return [];
      used.add(shared[0]);
    }
  }
  return [...used].sort((x, y) => x - y).map((i) => denies[i].index);
}

/** Whether any of the patterns covers a value: a set lookup for exact patterns, wildcard matching for the rest. */
function matcher(patterns: readonly string[]): (value: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.includes('*')));
  const wildcards = [...new Set(patterns.filter((p) => p.includes('*')))].map((p) => new Glob(p));
  return (value) => exact.has(value) || wildcards.some((g) => g.matches(value));
}
