import { Glob } from '../../catalog/glob';
import type { ValueAt } from '../../policy/policy-view';
import { expandAction, parseAction } from '../private/actions';
import { mayBeAllResources } from '../private/all-resources';
import { show } from '../private/json-values';
import { resourceParts } from '../private/resource-parts';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** An exact action whose documented resource type matches none of the statement's resources. */
export const resourceMismatch = defineRule({
  id: 'resource-mismatch',
  severity: 'error',
  title: 'An action is authorized on a resource type the statement does not name',
  explanation: 'Each resource-level API is authorized on one resource type (https://www.tencentcloud.com/document/product/598/57160): instance/… or repository/… for ' +
    'Enterprise, repo/… for Personal and CCR. If no resource of the statement has that type, the statement grants ' +
    '(or denies) nothing for the action, e.g. tcr:PullRepositoryPersonal on repository/….',
  fix: 'Put the action in a statement whose resources have its type (see the template in the message), or use the action of the right edition.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (s.resources.length === 0 || s.resources.some((r) => mayBeAllResources(r.value, options.isUnresolved))) continue;
      const kinds = kindsOf(s.resources);
      // A malformed resource is invalid-resource's finding; guessing its type here would only add noise.
      if (!kinds) continue;
      for (const a of s.actions) {
        if (options.isUnresolved(a.value) || parseAction(a.value).wildcard) continue;
        const action = expandAction(a.value)[0];
        if (!action || action.resourceTypes.length === 0) continue;
        // A placeholder in the service or type segment could be anything: it fits.
        const fits = kinds.some((k) => (k.service === '' || k.service === action.service || options.isUnresolved(k.service)) &&
          (options.isUnresolved(k.type) || action.resourceTypes.some((type) => k.glob.matches(type))));
        if (fits) continue;
        const verb = s.effect === 'deny' ? 'denies' : 'grants';
        const types = action.resourceTypes.map((t) => `${action.service} ${t}/…`).join(' or ');
        hits.push({
          message: `${show(a.value)} is authorized on ${types} resources (${action.resources[0]}), but no resource of statement ` +
            `${s.index} has that type, so the statement ${verb} nothing for it. Add a resource of that type, or move the action ` +
            'to a statement that has one.',
          path: a.path,
          value: a.value,
        });
      }
    }
    return hits;
  },
});

/** A service/type pair of a statement's resources, its type compiled. */
interface ResourceKind {
  readonly service: string;
  readonly type: string;
  readonly glob: Glob;
}

/** The distinct service/type pairs of the resources (a statement of many resources usually has one or two), or `undefined` if one is malformed. */
function kindsOf(resources: readonly ValueAt[]): ResourceKind[] | undefined {
  const kinds = new Map<string, ResourceKind>();
  for (const r of resources) {
    const p = resourceParts(r);
    if (!p) return undefined;
    const key = `${p.service}:${p.resourceType}`;
    if (!kinds.has(key)) kinds.set(key, { service: p.service, type: p.resourceType, glob: new Glob(p.resourceType) });
  }
  return [...kinds.values()];
}
