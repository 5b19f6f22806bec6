import { ExplainedGrant, Explanation } from './explanation';
import { describeCondition } from './private/condition-operators';
import { plural } from './private/plural';

/**
 * The text form of an {@link Explanation}: the allowed actions, the denied actions (one line per statement
 * that covers them, with the access table and resources), then the notes. Deterministic.
 */
export function formatExplanation(explanation: Explanation): string {
  const lines = [`${plural(explanation.statementCount, 'statement')}; ${plural(explanation.actions.length, 'catalog action')} allowed or denied.`];
  for (const effect of ['allow', 'deny'] as const) {
    const rows: string[] = [];
    for (const action of explanation.actions) {
      for (const g of action.grants) {
        if (g.effect === effect) rows.push(`  ${action.action} [${action.table}${action.granularity === 'operation' ? ', operation-level' : ''}] ${grantText(g)}`);
      }
    }
    lines.push('', effect === 'allow' ? 'Allowed:' : 'Denied:', ...(rows.length ? rows : ['  (none)']));
  }
  lines.push('', 'Notes:', ...(explanation.notes.length
    ? explanation.notes.map((n) => `  - statement ${n.statementIndex} (${n.effect}, ${n.kind}${n.ruleId ? ` [${n.ruleId}]` : ''}): ${n.message}`)
    : ['  (none)']));
  return lines.join('\n');
}

function grantText(g: ExplainedGrant): string {
  const when = g.conditions.length ? ` if ${g.conditions.map(describeCondition).join(' and ')}` : '';
  const unknown = g.unknown ? ` [UNKNOWN: ${g.unknown.join('; ')}]` : '';
  const assumes = g.assumptions ? ` [ASSUMES: ${g.assumptions.join('; ')}]` : '';
  return `on ${g.resources.join(', ')} (statement ${g.statementIndex}, ${JSON.stringify(g.actionPattern)})${when}${unknown}${assumes}`;
}
