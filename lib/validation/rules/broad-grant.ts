import { stripNamePrefix } from '../../catalog/actions';
import { ALL_RESOURCES } from '../../policy/resource-name';
import { show } from '../private/json-values';
import type { Rule, RuleHit } from '../rule';

const EVERYTHING = ['*', 'tcr:*', 'ccr:*'];

/** `tcr:*`, `ccr:*` or `*` allowed on resource `*`. */
export const broadGrant: Rule = {
  id: 'broad-grant',
  severity: 'warning',
  title: 'Every action of a service is allowed on every resource',
  explanation: 'tcr:*, ccr:* or * on resource "*" grants every registry API on every instance, namespace and repository ' +
    'of the account, including deleting them: the opposite of least privilege (it is what QcloudTCRFullAccess does).',
  fix: 'Scope it (TcrInstanceAccess with instanceId, NamespaceAdmin, RepoReadOnly) or name the actions and resources needed.',
  check({ document }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (s.effect !== 'allow' || !s.resources.some((r) => r.value === ALL_RESOURCES)) continue;
      for (const a of s.actions) {
        if (!EVERYTHING.includes(stripNamePrefix(a.value))) continue;
        const what = stripNamePrefix(a.value) === '*' ? 'every action of every service' : `every ${stripNamePrefix(a.value).split(':')[0].toUpperCase()} action`;
        hits.push({
          message: `Statement ${s.index} allows ${show(a.value)} on resource "*": ${what} on every resource of the account. ` +
            'Scope it to the instances, namespaces or repositories needed, or name the actions.',
          path: a.path,
          value: a.value,
        });
      }
    }
    return hits;
  },
};
