import { expandAction, listNames } from '../private/actions';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

const IP_KEY = 'qcs:ip';

/** A `qcs:ip` condition on APIs that do not support IP restriction. */
export const ipConditionUnsupported = defineRule({
  id: 'ip-condition-unsupported',
  severity: 'warning',
  title: 'A qcs:ip condition covers APIs without IP restriction support',
  explanation: 'The CAM API list for TCR (https://www.tencentcloud.com/document/product/598/57160) marks IP restriction as "not supported" for some TCR APIs (pull and push among them): a qcs:ip ' +
    'condition does not restrict those calls the way it reads, whether the statement allows or denies.',
  fix: 'Move the listed APIs to a statement without the qcs:ip condition, or accept that they are not IP-restricted and suppress with the reason.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (!s.conditions.some((c) => c.key === IP_KEY)) continue;
      for (const a of s.actions) {
        if (options.isUnresolved(a.value)) continue;
        const unsupported = expandAction(a.value).filter((x) => !x.ipRestriction).map((x) => x.name);
        if (unsupported.length === 0) continue;
        hits.push({
          message: `Statement ${s.index} has a qcs:ip condition, but IP restriction is not supported for ${show(a.value)}` +
            `${unsupported.length > 1 || unsupported[0] !== a.value ? ` (${listNames(unsupported)})` : ''}, so the condition does not ` +
            'restrict those calls. Move them to a statement without the condition, or accept that they are not IP-restricted.',
          path: a.path,
          value: a.value,
        });
      }
    }
    return hits;
  },
});
