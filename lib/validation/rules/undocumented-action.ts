import { CATALOG_SOURCES } from '../../catalog/generated/actions.generated';
import { getUndocumentedAction, matchUndocumentedActions } from '../../catalog/undocumented';
import { expandAction, listNames, parseAction } from '../private/actions';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

const CAM_PAGE = CATALOG_SOURCES.map((s) => s.url).join(', ');

/** A tcr:/ccr: action that Tencent's API reference names but the CAM pages do not document. */
export const undocumentedAction = defineRule({
  id: 'undocumented-action',
  severity: 'warning',
  title: 'A tcr: or ccr: action is a real API that the CAM page does not document',
  explanation: 'Tencent\'s API reference lists TCR and CCR APIs (tcr:DeleteImage, tcr:DeleteRepositoryTags, ccr:BatchDeleteTag, …) ' +
    'that the CAM page does not: their CAM granularity and resources are unknown. A grant naming one may not work and the ' +
    'simulator cannot evaluate it; a deny naming one on specific resources may not reach it.',
  fix: 'To deny such APIs, deny a pattern on "*" or the scope (tcr:Delete*, as TcrDeleteGuardrail does); to grant one, confirm ' +
    'with Tencent how CAM authorises it and suppress this warning with the reason.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      for (const a of s.actions) {
        if (options.isUnresolved(a.value)) continue;
        const parsed = parseAction(a.value);
        if (!parsed.inCatalogService) continue;
        const exact = parsed.wildcard ? undefined : getUndocumentedAction(parsed.body);
        // A wildcard is reported only when it reaches nothing on the CAM pages (else it is an ordinary pattern).
        const only = parsed.wildcard && expandAction(a.value).length === 0 ? matchUndocumentedActions(parsed.body) : [];
        if (!exact && only.length === 0) continue;
        const what = exact
          ? `Action ${show(a.value)} is a real ${parsed.service.toUpperCase()} API (${exact.url}, ${exact.asOf})`
          : `Action pattern ${show(a.value)} matches only APIs outside the CAM pages (${listNames(only.map((u) => u.name))})`;
        const effect = s.effect === 'deny'
          ? 'so a deny naming it on specific resources may not reach it; deny a pattern such as tcr:Delete* on "*" or the scope to be sure.'
          : 'so this grant may not work, and the simulator reports it as not evaluable.';
        hits.push({
          message: `${what} that the CAM page (${CAM_PAGE}) does not document: its CAM granularity and resources are unknown, ${effect}`,
          path: a.path,
          value: a.value,
        });
      }
    }
    return hits;
  },
});
