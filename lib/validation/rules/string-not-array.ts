import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** `action`, `resource` or `principal.qcs` written as a string instead of a list. */
export const stringNotArray = defineRule({
  id: 'string-not-array',
  severity: 'error',
  title: 'action, resource or principal.qcs is a string, not a list',
  explanation: 'The tencentcloud provider rejects a string resource (even "*") and a string principal.qcs; CAM reads ' +
    'every one back as a list, so a string action makes the plan differ forever (and providers before 1.81.137 reject it too).',
  fix: 'Wrap the value in a list: "resource": ["*"].',
  check({ document }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      for (const [element, entries] of [['action', s.actions], ['resource', s.resources], ['principal.qcs', s.principals]] as const) {
        const only = entries[0];
        if (entries.length !== 1 || only.path !== `${s.path}/${element.replace('.', '/')}`) continue;
        hits.push({ message: `"${element}" of statement ${s.index} is the string ${show(only.value)}. ${WHY[element]} Write [${show(only.value)}].`, path: only.path, value: only.value });
      }
    }
    return hits;
  },
});

const WHY = {
  'action': 'CAM reads it back as a list, so the plan would never settle (and tencentcloud providers before 1.81.137 reject it).',
  'resource': 'The tencentcloud provider rejects a string resource, even "*".',
  'principal.qcs': 'The tencentcloud provider decodes principal.qcs as a list and rejects a string.',
};
