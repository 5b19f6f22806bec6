import type { Finding } from '../finding';
import type { Rule, RuleContext, RuleHit } from '../rule';

/**
 * Runs every rule on one context. A rule that throws, or returns something other than a list of
 * hits, becomes an `error` finding under its own id: a crashed check cannot vouch for the document.
 */
export function runRules(rules: readonly Rule[], context: RuleContext, constructPath?: string): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let hits: RuleHit[];
    try {
      hits = rule.check(context);
      if (!Array.isArray(hits)) throw new Error(`check returned ${describeValue(hits)} instead of a list of findings`);
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Rule ${rule.id} could not check this document: ${errorText(e)}. This is a bug in the rule, please report it; ` +
          'until it is fixed, review the document by hand and suppress this finding with the reason.',
        path: '',
        ...(constructPath !== undefined ? { constructPath } : {}),
      });
      continue;
    }
    for (const hit of hits) {
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: hit.message,
        path: hit.path,
        ...(hit.value !== undefined ? { value: hit.value } : {}),
        ...(hit.prop !== undefined ? { prop: hit.prop } : {}),
        ...(hit.line !== undefined ? { line: hit.line, column: hit.column } : {}),
        ...(constructPath !== undefined ? { constructPath } : {}),
      });
    }
  }
  return findings;
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return 'an unprintable value was thrown';
  }
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
