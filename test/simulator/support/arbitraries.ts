// fast-check generators: valid names by the library's own naming rules, and requests drawn from the
// catalog's resource templates, filled mostly with the construct's names and their near misses.
import * as fc from 'fast-check';
import { fillTemplate, OTHER_OWNER, OWNER } from './requests';
import { ProbeRequest } from './scopes';
import { CATALOG_ACTIONS } from '../../../lib/catalog';
import { checkName, NameKind } from '../../../lib/policy';

const alnum = fc.stringMatching(/^[a-z0-9]{1,6}$/);

/** A random name that passes `checkName(kind)`; `slash` lets separators include `/` (Enterprise repositories). */
export function validName(kind: NameKind, slash = false): fc.Arbitrary<string> {
  const separator = fc.constantFrom(...(slash ? ['.', '_', '-', '/'] : ['.', '_', '-']));
  return fc.tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 3 }))
    .map(([head, rest]) => head + rest.map(([s, p]) => s + p).join(''))
    .filter((name) => checkName(kind, name) === undefined);
}

/** A random instance id. */
export const instanceIdArb = fc.stringMatching(/^[a-z0-9]{1,10}$/).map((s) => `tcr-${s}`);
/** A construct's region prop: unset or one region. */
export const regionArb = fc.option(fc.constantFrom('ap-guangzhou', 'ap-shanghai'), { nil: undefined });
/** A construct's ownerUin prop: unset or one of two accounts. */
export const ownerArb = fc.option(fc.constantFrom(OWNER, OTHER_OWNER), { nil: undefined });

/** The construct's own value, a near miss of it (a character more, one less, a suffix), or another valid one. */
function around(own: readonly string[], kind: NameKind, slash = false): fc.Arbitrary<string> {
  const nearMisses = own.flatMap((v) => [v, `${v}0`, `${v}-x`, v.slice(0, -1), ...(slash ? [`${v}/sub`] : [])])
    .filter((v) => checkName(kind, v) === undefined);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...own), weight: 4 },
    { arbitrary: fc.constantFrom(...nearMisses), weight: 2 },
    { arbitrary: validName(kind, slash), weight: 1 },
  );
}

/** The names a request draws from: the construct's, near them, and random ones. */
export interface NamePool {
  readonly instanceIds: readonly string[];
  readonly namespaces: readonly string[];
  readonly repositories: readonly string[];
}

/** A request: a catalog action (or, rarely, its name in the wrong case), one of its templates, filled from the pool. */
export function requestArb(pool: NamePool): fc.Arbitrary<ProbeRequest> {
  return fc.record({
    action: fc.constantFrom(...CATALOG_ACTIONS),
    miscase: fc.integer({ min: 0, max: 19 }),
    templateIndex: fc.nat(),
    region: fc.constantFrom('ap-guangzhou', 'ap-shanghai', ''),
    account: fc.constantFrom(`uin/${OWNER}`, `uin/${OTHER_OWNER}`, ''),
    ownerUin: fc.constantFrom(undefined, OWNER, OTHER_OWNER),
    instanceId: fc.oneof(fc.constantFrom(...pool.instanceIds.flatMap((i) => [i, `${i}0`, i.slice(0, -1)])), instanceIdArb),
    namespace: around(pool.namespaces, 'namespace'),
    repository: around(pool.repositories, 'repository', true),
    tag: validName('ccrTag'),
  }).map((r) => {
    const template = r.action.resources[r.templateIndex % r.action.resources.length];
    const resource = template === '*' ? '*' : fillTemplate(template, { ...r, namespace: r.namespace, repository: r.repository });
    // One request in twenty names the action in lowercase: outside the catalog, matched case-sensitively.
    return { action: r.miscase === 0 ? r.action.name.toLowerCase() : r.action.name, resource, ownerUin: r.ownerUin };
  });
}
