import { expandAction, parseAction } from '../private/actions';
import { scopedAllowActions } from '../private/all-resources';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** An exact operation-level API allowed on specific resources only. */
export const operationLevelScoped = defineRule({
  id: 'operation-level-scoped',
  severity: 'error',
  title: 'An operation-level API is allowed on specific resources',
  explanation: 'Operation-level APIs (https://www.tencentcloud.com/document/product/598/57160) cannot be authorized on a specific resource: CAM deems ' +
    'the call unauthorized unless the statement\'s resource is "*", so the grant silently does nothing.',
  fix: 'Move the action to a separate allow statement with "resource": ["*"].',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    // A placeholder resource may turn out to be "*": only a statement known to be scoped is reported.
    for (const { statement: s, action: a } of scopedAllowActions(document, options.isUnresolved)) {
      if (parseAction(a.value).wildcard || expandAction(a.value)[0]?.granularity !== 'operation') continue;
      hits.push({
        message: `${show(a.value)} is an operation-level API: CAM authorizes it only with resource ["*"], so on the resources of ` +
          `statement ${s.index} it stays denied. Move it to a separate statement with "resource": ["*"].`,
        path: a.path,
        value: a.value,
      });
    }
    return hits;
  },
});
