import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** `qcs::cam::uin/<uin>:root` and its fix `qcs::cam::uin/<uin>:uin/<uin>`. */
const ROOT = /^(qcs::cam::uin\/([0-9]+)):root$/;

/** `root` in `principal.qcs`. */
export const principalRoot = defineRule({
  id: 'principal-root',
  severity: 'error',
  title: 'principal.qcs names root instead of a uin',
  explanation: 'The tencentcloud provider documents the root syntax in principal as unsupported (versions before 1.81.137 ' +
    'reject it); the uin it stands for works with every version.',
  fix: 'Replace qcs::cam::uin/<uin>:root with qcs::cam::uin/<uin>:uin/<uin>.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      for (const p of s.principals) {
        if (options.isUnresolved(p.value) || !/(^|:)root$/.test(p.value)) continue;
        const m = ROOT.exec(p.value);
        const fix = m ? `Write ${show(`${m[1]}:uin/${m[2]}`)}.` : 'Write the root account\'s uin instead: qcs::cam::uin/<uin>:uin/<uin>.';
        hits.push({ message: `Principal ${show(p.value)} uses root, which the tencentcloud provider does not support. ${fix}`, path: p.path, value: p.value });
      }
    }
    return hits;
  },
});
