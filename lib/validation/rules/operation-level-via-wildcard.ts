import { listFrozenNames, operationLevelNames, parseAction } from '../private/actions';
import { scopedAllowActions } from '../private/all-resources';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** An allowed wildcard on specific resources that covers operation-level APIs. */
export const operationLevelViaWildcard = defineRule({
  id: 'operation-level-via-wildcard',
  severity: 'warning',
  title: 'A wildcard on specific resources covers operation-level APIs that stay denied',
  explanation: 'A wildcard such as tcr:Describe* expands to operation-level APIs too; on specific resources CAM does not ' +
    'authorize those, so the grantee may miss calls the wildcard seems to grant (several Tencent templates do this).',
  fix: 'If the grantee needs the listed APIs, add a statement with "resource": ["*"] naming them; otherwise suppress with the reason.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const { statement: s, action: a } of scopedAllowActions(document, options.isUnresolved)) {
      if (!parseAction(a.value).wildcard) continue;
      const denied = operationLevelNames(a.value);
      if (denied.length === 0) continue;
      hits.push({
        message: `${show(a.value)} in statement ${s.index} is scoped to specific resources, so the ${denied.length} operation-level ` +
          `API(s) it covers stay denied: ${listFrozenNames(denied)}. If they are needed, allow them in a statement with "resource": ["*"].`,
        path: a.path,
        value: a.value,
      });
    }
    return hits;
  },
});
