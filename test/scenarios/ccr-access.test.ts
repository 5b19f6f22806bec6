import { CcrPermission, listActions, matchActions, PolicyDocument, simulate } from '../../lib';
import { ccrAccess, CcrAccessInput } from '../../lib/scenarios/ccr-access';
import { renderedSeedTemplate } from '../helpers/seed-text';

const render = (input: CcrAccessInput) => new PolicyDocument({ statements: ccrAccess(input).build() }).render();
const repo = (path: string) => `qcs::ccr:::repo/${path}`;

describe('CcrPermission', () => {
  test('every permission names catalog ccr actions, and together they cover the whole ccr catalog', () => {
    const granted = Object.values(CcrPermission).flatMap((p) => matchActions(p).map((a) => a.name));
    for (const p of Object.values(CcrPermission)) expect(matchActions(p).length).toBeGreaterThan(0);
    expect(granted.sort()).toEqual(listActions({ service: 'ccr' }).map((a) => a.name).sort());
  });
});

describe('ccrAccess reproduces the seed 003 examples', () => {
  test('"permit collaborators to create an image repository" (any namespace)', () => {
    expect(render({ permissions: [CcrPermission.CREATE_REPOSITORY] })).toBe(renderedSeedTemplate('ccr-create-repository'));
  });

  test('"permit the deletion of the image repositories in namespaces foo and bar"', () => {
    expect(render({ permissions: [CcrPermission.DELETE_REPOSITORY], namespaces: ['foo', 'bar'] })).toBe(renderedSeedTemplate('ccr-delete-in-namespaces'));
  });

  test('"permit the creation, deletion and push of image repositories in the namespace foo"', () => {
    const input = { permissions: [CcrPermission.CREATE_REPOSITORY, CcrPermission.DELETE_REPOSITORY, CcrPermission.PUSH], namespaces: ['foo'] };
    expect(render(input)).toBe(renderedSeedTemplate('ccr-manage-namespace-foo'));
  });
});

describe('ccrAccess scopes', () => {
  test('namespace permissions get the namespace itself, the others what is inside', () => {
    const doc = JSON.parse(render({ permissions: [CcrPermission.CREATE_NAMESPACE, CcrPermission.PULL], namespaces: ['foo'] }));
    expect(doc.statement).toEqual([
      { action: ['ccr:CreateCCRNamespace'], resource: [repo('foo')], effect: 'allow' },
      { action: ['ccr:pull'], resource: [repo('foo/*')], effect: 'allow' },
    ]);
  });

  test('repositories: the repository, and its tags for tag deletion', () => {
    const doc = JSON.parse(render({ permissions: [CcrPermission.PULL, CcrPermission.DELETE_TAG], repositories: [{ namespace: 'foo', repository: 'app' }] }));
    expect(doc.statement).toEqual([
      { action: ['ccr:pull'], resource: [repo('foo/app')], effect: 'allow' },
      { action: ['ccr:DeleteTag'], resource: [repo('foo/app:*')], effect: 'allow' },
    ]);
  });

  test('simulator: a repository scope allows that repository and its tags, not a sibling', () => {
    const docs = [render({ permissions: [CcrPermission.PULL, CcrPermission.DELETE_TAG], repositories: [{ namespace: 'foo', repository: 'app' }] })];
    expect(simulate(docs, { action: 'ccr:pull', resource: repo('foo/app') }).decision).toBe('allow');
    expect(simulate(docs, { action: 'ccr:DeleteTag', resource: repo('foo/app:v1') }).decision).toBe('allow');
    expect(simulate(docs, { action: 'ccr:pull', resource: repo('foo/app2') }).decision).toBe('implicit-deny');
    expect(simulate(docs, { action: 'ccr:DeleteTag', resource: repo('foo/app2:v1') }).decision).toBe('implicit-deny');
    expect(simulate(docs, { action: 'ccr:push', resource: repo('foo/app') }).decision).toBe('implicit-deny');
  });

  test('names are checked with the CCR rules, and an empty list is an error, never every namespace', () => {
    const specs = ccrAccess({ permissions: [CcrPermission.PULL], namespaces: [], repositories: [{ namespace: 'foo', repository: 'a/b' }] }).specs;
    expect(specs).toEqual([
      ['namespaces', 'ccrNamespace', ''],
      ['repositories[0].namespace', 'ccrNamespace', 'foo'],
      ['repositories[0].repository', 'ccrRepository', 'a/b'],
      ['region', 'region', undefined],
      ['ownerUin', 'ownerUin', undefined],
    ]);
  });

  test('no permission, or a namespace permission with only repositories, is a problem', () => {
    expect(ccrAccess({ permissions: [] }).problems).toEqual([expect.objectContaining({ ruleId: 'invalid-syntax', prop: 'permissions' })]);
    const problems = ccrAccess({ permissions: [CcrPermission.PULL, CcrPermission.DELETE_NAMESPACE], repositories: [{ namespace: 'foo', repository: 'app' }] }).problems!;
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'resource-mismatch', prop: 'permissions[1]', value: 'ccr:DeleteUserNamespace' })]);
    expect(problems[0].message).toContain('Add the namespace to `namespaces`');
  });

  test('a value that is no permission is an unknown-action problem', () => {
    expect(ccrAccess({ permissions: ['ccr:Pull' as CcrPermission] }).problems).toEqual([expect.objectContaining({ ruleId: 'unknown-action', prop: 'permissions[0]' })]);
  });
});
