import { checkName, checkNameParts, NameKind } from '../../policy/names';
import { show } from '../private/json-values';
import { ResourceParts, resourceParts } from '../private/resource-parts';
import type { PropProblem, PropSpec, WrittenPropSpec } from '../prop-check';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** A name longer than this is reported by its length alone (checkName would quote all of it). */
const MAX_NAME_LENGTH = 300;

/** A name (instance id, namespace, repository, tag, uin, region) that breaks TCR's naming rules. */
export const invalidName = defineRule({
  id: 'invalid-name',
  severity: 'error',
  title: 'A name breaks the TCR naming rules',
  explanation: 'A namespace, repository, instance id or uin with a wildcard, a /, whitespace, uppercase or an empty value ' +
    'either names nothing or widens the policy beyond the one resource meant (naming rules: ' +
    'https://www.tencentcloud.com/document/api/1051/50698). Construct props are ' +
    'checked before any document is rendered; names inside tcr/ccr resources of a document are checked too.',
  fix: 'Use the exact name as TCR shows it (lowercase, separators . _ - only between characters), or a Terraform reference.',
  check({ document, options }) {
    const hits: RuleHit[] = checkProps(options.nameProps ?? [], options.isUnresolved)
      .map(({ message, path, prop, value }) => ({ message, path, prop, value }));
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
});

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

/**
 * Checks every given prop and returns all problems at once, so a user fixing ten teams gets ten
 * messages in one run. `isUnresolved` skips Terraform tokens, which are only known at apply time.
 */
export function checkProps(specs: readonly PropSpec[], isUnresolved: (v: string) => boolean = () => false): PropProblem[] {
  const problems: PropProblem[] = [];
  for (const [prop, kind, value] of specs) {
    if (value === undefined || isUnresolved(value)) continue;
    const message = checkNameParts(kind, [{ kind: 'text', text: value }]);
    if (message) problems.push(nameProblem(prop, value, `Invalid ${prop}: ${message}`));
  }
  return problems;
}

/**
 * {@link checkProps} for values resolved at synth: the text around a Terraform expression is checked
 * too (`*${var.x}` is refused), with the same rules, so a token can never smuggle in what a plain value cannot.
 */
export function checkWrittenProps(specs: readonly WrittenPropSpec[]): PropProblem[] {
  const problems: PropProblem[] = [];
  for (const [prop, kind, parts] of specs) {
    const message = checkNameParts(kind, parts);
    if (message) problems.push(nameProblem(prop, parts.map((p) => p.text).join(''), `Invalid ${prop}: ${message}`));
  }
  return problems;
}

function nameProblem(prop: string, value: string, message: string): PropProblem {
  return { ruleId: invalidName.id, severity: invalidName.severity, message, path: '', prop, value };
}
