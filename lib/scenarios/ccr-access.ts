import { Scenario } from './scenario';
import { ScenarioProblem } from './scenario-problem';
import { ScenarioScope, scopeSpecs } from './scope';
import { matchActions } from '../catalog/actions';
import type { CatalogAction } from '../catalog/types';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ResourceName } from '../policy/resource-name';
import { PropSpec } from '../validation/prop-check';
import { propFinding } from '../validation/rule-finding';
import { invalidSyntax } from '../validation/rules/invalid-syntax';
import { resourceMismatch } from '../validation/rules/resource-mismatch';
import { unknownAction } from '../validation/rules/unknown-action';

/**
 * The legacy CCR permissions of https://intl.cloud.tencent.com/document/product/457/11527. Each value is a catalog pattern; the granted actions are
 * the catalog's `ccr:` actions it matches.
 */
export enum CcrPermission {
  /** `ccr:pull`: pull images with the docker client. */
  PULL = 'ccr:pull',
  /** `ccr:push`: push images with the docker client. */
  PUSH = 'ccr:push',
  /** `ccr:CreateCCRNamespace`: create a namespace. */
  CREATE_NAMESPACE = 'ccr:CreateCCRNamespace',
  /** `ccr:DeleteUserNamespace`: delete a namespace. */
  DELETE_NAMESPACE = 'ccr:DeleteUserNamespace',
  /** `ccr:CreateRepository`: create a repository. */
  CREATE_REPOSITORY = 'ccr:CreateRepository',
  /** `ccr:BatchDeleteRepository` and `ccr:DeleteRepository`: delete repositories. */
  DELETE_REPOSITORY = 'ccr:*DeleteRepository',
  /** `ccr:GetUserRepositoryList`: list repositories. */
  LIST_REPOSITORIES = 'ccr:GetUserRepositoryList',
  /** `ccr:DeleteTag`: delete image tags. */
  DELETE_TAG = 'ccr:DeleteTag',
}

/** One CCR repository. */
export interface CcrRepositoryRef {
  /** The namespace, e.g. `foo`. */
  readonly namespace: string;
  /** The repository name inside it, without `/`. */
  readonly repository: string;
}

/** Input of {@link ccrAccess}. */
export interface CcrAccessInput extends ScenarioScope {
  /** What to allow, in the order the actions are rendered. */
  readonly permissions: readonly CcrPermission[];
  /** Namespaces: everything inside each (and the namespace itself for namespace permissions). @default - see `repositories` */
  readonly namespaces?: readonly string[];
  /** Single repositories (and their tags). @default - see `namespaces`; with neither, every namespace (`repo/*`) */
  readonly repositories?: readonly CcrRepositoryRef[];
}

/** Where a CCR action is authorized (its catalog resource template): on a namespace, a repository or a tag. */
type Level = 'namespace' | 'repository' | 'tag';

/**
 * Legacy CCR access (https://intl.cloud.tencent.com/document/product/457/11527): the given permissions on every namespace (`qcs::ccr:::repo/*`), on
 * named namespaces (`repo/<ns>/*`, plus `repo/<ns>` for namespace permissions) or on named repositories
 * (`repo/<ns>/<name>`, plus `repo/<ns>/<name>:*` for tag deletion). Actions that share resources share a
 * statement, so the page's examples come out as printed.
 */
export function ccrAccess(input: CcrAccessInput): Scenario {
  const { permissions, namespaces, repositories } = input;
  const actions = permissions.flatMap((p) => matchActions(p).filter((a) => a.service === 'ccr'));
  return {
    specs: specsOf(input),
    problems: problemsOf(input),
    build: () => {
      const groups = new Map<string, { resources: string[]; actions: string[] }>();
      for (const action of actions) {
        const resources = resourcesFor(levelOf(action), input);
        const key = resources.join('\n');
        const group = groups.get(key) ?? { resources, actions: [] };
        group.actions.push(action.name);
        groups.set(key, group);
      }
      return [...groups.values()].map((g) => new PolicyStatement({ effect: Effect.ALLOW, actions: g.actions, resources: g.resources }));
    },
  };

  function resourcesFor(level: Level, scope: ScenarioScope): string[] {
    if (namespaces === undefined && repositories === undefined) return [ResourceName.ccrRepo(['*'], scope)];
    const out = (namespaces ?? []).map((ns) => ResourceName.ccrRepo(level === 'namespace' ? [ns] : [ns, '*'], scope));
    if (level === 'namespace') return out;
    for (const r of repositories ?? []) out.push(ResourceName.ccrRepo([r.namespace, level === 'tag' ? `${r.repository}:*` : r.repository], scope));
    return out;
  }
}

function levelOf(action: CatalogAction): Level {
  const template = action.resources[0];
  if (template.endsWith(':${tag}')) return 'tag';
  return template.endsWith('repo/${namespace}') ? 'namespace' : 'repository';
}

function specsOf(input: CcrAccessInput): PropSpec[] {
  const { namespaces, repositories } = input;
  const list = <T>(prop: string, items: readonly T[] | undefined, each: (item: T, label: string) => PropSpec[]): PropSpec[] => {
    if (items === undefined) return [];
    // An empty list is checked as an empty name: it must be an error, never the broader "every namespace".
    if (items.length === 0) return [[prop, 'ccrNamespace', '']];
    return items.flatMap((item, i) => each(item, `${prop}[${i}]`));
  };
  return [
    ...list('namespaces', namespaces, (ns, label) => [[label, 'ccrNamespace', ns]]),
    ...list('repositories', repositories, (r, label) => [[`${label}.namespace`, 'ccrNamespace', r.namespace], [`${label}.repository`, 'ccrRepository', r.repository]]),
    ...scopeSpecs(input),
  ];
}

function problemsOf(input: CcrAccessInput): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (input.permissions.length === 0) {
    problems.push(propFinding(invalidSyntax, 'permissions', '',
      'Invalid permissions: the list is empty, so the statement would have no action. Name at least one CcrPermission.'));
  }
  input.permissions.forEach((p, i) => {
    const actions = matchActions(p).filter((a) => a.service === 'ccr');
    if (actions.length === 0) {
      problems.push(propFinding(unknownAction, `permissions[${i}]`, String(p),
        `Invalid permissions[${i}]: ${JSON.stringify(p)} is not a CcrPermission. Use one of ${Object.keys(CcrPermission).map((k) => `CcrPermission.${k}`).join(', ')}.`));
      return;
    }
    // A namespace is authorized on repo/<ns>: a repository scope cannot express it, and repo/* would be broader than asked.
    if (input.namespaces === undefined && input.repositories !== undefined && actions.some((a) => levelOf(a) === 'namespace')) {
      problems.push(propFinding(resourceMismatch, `permissions[${i}]`, String(p),
        `Invalid permissions[${i}]: ${actions.map((a) => a.name).join(', ')} is authorized on a namespace ` +
        `(${actions[0].resources[0]}), but only repositories are given, so it would grant nothing. Add the namespace to ` +
        '`namespaces`, or drop the permission.'));
    }
  });
  return problems;
}
