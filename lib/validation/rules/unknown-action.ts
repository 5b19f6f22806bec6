import { suggestActions } from '../../catalog/actions';
import { isUndocumentedApi, matchUndocumentedActions } from '../../catalog/undocumented';
import { expandAction, parseAction } from '../private/actions';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** Longer inputs are no typo; the suggestion's edit distance would cost too much on them. */
const MAX_SUGGEST_LENGTH = 100;
/** Suggestions cost an edit distance against every catalog name: a document of thousands of bad actions gets them for the first ones. */
const MAX_SUGGESTIONS = 50;

/** A `tcr:`/`ccr:` action, or a wildcard of them, that the catalog does not know. */
export const unknownAction = defineRule({
  id: 'unknown-action',
  severity: 'error',
  title: 'A tcr: or ccr: action is not in the catalog',
  explanation: 'CAM matches action names exactly (the documented casing); a misspelt action, or a wildcard that matches ' +
    'no API, grants nothing and the caller is denied. Actions of other services are not checked, nor real APIs outside the ' +
    'CAM page (undocumented-action).',
  fix: 'Use the suggested name, or look the API up with listActions() / suggestActions().',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      for (const a of s.actions) {
        if (options.isUnresolved(a.value)) continue;
        const parsed = parseAction(a.value);
        if (!parsed.inCatalogService || expandAction(a.value).length > 0) continue;
        // A real API outside the CAM page is undocumented-action's finding, not a typo.
        if (parsed.wildcard ? matchUndocumentedActions(parsed.body).length > 0 : isUndocumentedApi(parsed.body)) continue;
        const service = parsed.service.toUpperCase();
        const what = parsed.wildcard
          ? `Action pattern ${show(a.value)} matches no ${service} action in the catalog, so it grants nothing.`
          : `Action ${show(a.value)} is not a ${service} action in the catalog.`;
        const hint = hits.length < MAX_SUGGESTIONS ? suggestion(parsed.body) : 'Check the spelling and casing against the TCR API list.';
        hits.push({ message: `${what} ${hint}`, path: a.path, value: a.value });
      }
    }
    return hits;
  },
});

function suggestion(body: string): string {
  const colon = body.indexOf(':');
  // A wrongly cased service prefix is the likeliest slip: `TCR:*`, `Tcr:PullRepository`.
  const recased = body.slice(0, colon).toLowerCase() + body.slice(colon);
  if (recased !== body && expandAction(recased).length > 0) return `Did you mean ${show(recased)}? Action names are case-sensitive.`;
  const names = body.length <= MAX_SUGGEST_LENGTH ? suggestActions(body.replace(/\*/g, '')) : [];
  return names.length
    ? `Did you mean ${names.map((n) => JSON.stringify(n)).join(' or ')}?`
    : 'Check the spelling and casing against the TCR API list (listActions() prints every action).';
}
