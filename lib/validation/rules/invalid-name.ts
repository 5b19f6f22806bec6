import { checkName, NameKind } from '../../policy/names';
import { checkProps } from '../../scenarios/prop-check';
import { show } from '../private/json-values';
import { ResourceParts, resourceParts } from '../private/resource-parts';
import type { Rule, RuleHit } from '../rule';

/** A name longer than this is reported by its length alone (checkName would quote all of it). */
const MAX_NAME_LENGTH = 300;

/** A name (instance id, namespace, repository, tag, uin, region) that breaks TCR's naming rules. */
export const invalidName: Rule = {
  id: 'invalid-name',
  severity: 'error',
  title: 'A name breaks the TCR naming rules',
  explanation: 'A namespace, repository, instance id or uin with a wildcard, a /, whitespace, uppercase or an empty value ' +
    'either names nothing or widens the policy beyond the one resource meant (cam-facts section 7). Construct props are ' +
    'checked before any document is rendered; names inside tcr/ccr resources of a document are checked too.',
  fix: 'Use the exact name as TCR shows it (lowercase, separators . _ - only between characters), or a Terraform reference.',
  check({ document, options }) {
    const hits: RuleHit[] = checkProps(options.nameProps ?? [], options.isUnresolved)
      .map((p) => ({ message: p.message, path: '', prop: p.prop, value: p.value }));
    if (!document) return hits;
    for (const s of document.statements) {
      for (const r of s.resources) {
        for (const [label, kind, name] of namesIn(resourceParts(r))) {
          if (name === '' || name.includes('*') || name.includes('${') || options.isUnresolved(name)) continue;
          const problem = name.length > MAX_NAME_LENGTH ? `has ${name.length} characters, far more than any ${label} may have.` : checkName(kind, name);
          if (problem) hits.push({ message: `Resource ${show(r.value)}: the ${label} ${problem}`, path: r.path, value: r.value });
        }
      }
    }
    return hits;
  },
};

/**
 * The names a tcr or ccr resource holds, by position: `instance/<id>`, `repository/<id>/<namespace>/<repository…>`,
 * Personal `repo/<namespace>/<repository>/<tag>`, CCR `repo/<namespace>/<name>:<tag>`. Wildcards, empty segments
 * (invalid-resource's) and policy variables are skipped by the caller.
 */
type NameAt = readonly [label: string, kind: NameKind, name: string];

function namesIn(parts: ResourceParts | undefined): NameAt[] {
  if (!parts || (parts.service !== 'tcr' && parts.service !== 'ccr')) return [];
  const segments = parts.resourcePath.split('/');
  const [first, second, third] = segments;
  const names: NameAt[] = [];
  const add = (label: string, kind: NameKind, name: string | undefined) => {
    if (name !== undefined) names.push([label, kind, name]);
  };
  if (parts.service === 'tcr' && parts.resourceType === 'instance') {
    add('instance id', 'instanceId', first);
  } else if (parts.service === 'tcr' && parts.resourceType === 'repository') {
    add('instance id', 'instanceId', first);
    add('namespace', 'namespace', second);
    // A repository name may itself hold `/` (sub1/sub2/repo); a trailing `*` means everything below it.
    const repository = segments.slice(2);
    if (repository[repository.length - 1] === '*') repository.pop();
    if (repository.length && !repository.includes('')) add('repository', 'repository', repository.join('/'));
  } else if (parts.service === 'tcr' && parts.resourceType === 'repo') {
    add('namespace', 'personalNamespace', first);
    add('repository', 'personalRepository', second);
    add('tag', 'ccrTag', third);
  } else if (parts.service === 'ccr' && parts.resourceType === 'repo') {
    add('namespace', 'ccrNamespace', first);
    const colon = second === undefined ? -1 : second.indexOf(':');
    add('repository', 'ccrRepository', colon < 0 ? second : second.slice(0, colon));
    if (colon >= 0) add('tag', 'ccrTag', second.slice(colon + 1));
  }
  return names;
}
