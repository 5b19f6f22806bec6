import { TcrPolicyBase } from '../../lib';
import { PropType } from '../../lib/constructs/private/prop-types';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';
import { CONSTRUCTS } from './support/constructs';

afterAll(cleanTestingOutdirs);

/** Values a plain-JavaScript caller may pass where each kind of prop is expected. */
function wrongValues(type: PropType): unknown[] {
  const common = [null, 1234, true];
  switch (type.kind) {
    case 'string': return [...common, ['a'], {}];
    case 'strings': return [...common, 'abc', [5], [null], {}];
    case 'boolean': return [null, 'yes', 1, []];
    case 'number': return [null, '90', true, [], {}];
    case 'stringMap': return [...common, 'k=v', ['a'], { k: 5 }];
    case 'enum': return [...common, '*', 'FULL', ['*']];
    case 'enums': return [...common, '*', ['*'], [5], ['ccr:*']];
    case 'object': return [...common, 'x', [], {}];
    case 'objects': return [...common, 'x', [null], [{ namespace: 5, repository: 'app' }], [{}]];
    case 'instance': return [...common, 'x', {}, ['x']];
  }
}

const CASES = Object.entries(CONSTRUCTS).flatMap(([name, c]) =>
  Object.entries(c.types).flatMap(([prop, spec]) => wrongValues(spec.type).map((value) => [name, prop, value] as const)));

describe('plain-JavaScript callers: a prop of the wrong type fails synth with the prop named', () => {
  test('the table covers every prop of every construct', () => {
    expect(CASES.length).toBeGreaterThan(300);
    expect(CASES).toEqual(expect.arrayContaining([['CcrAccess', 'permissions', ['*']], ['NamespaceAdmin', 'ownerUin', 1234], ['RepoReadOnly', 'allowedSourceIps', 'abc']]));
  });

  test.each(CASES)('%s %s = %j', (name, prop, value) => {
    const { app, stack } = newApp();
    const c = CONSTRUCTS[name];
    expect(() => c.build(stack, { ...c.valid, [prop]: value })).not.toThrow();
    const errors = synthErrors(app);
    expect(errors).toMatch(new RegExp(`Invalid ${prop.replace(/[[\]]/g, '\\$&')}([.[][^:]*)?: `));
    expect(errors).not.toMatch(/TypeError|is not a function|Cannot read prop/);
  });

  test.each(Object.keys(CONSTRUCTS))('%s: props that are not an object fail synth, never a TypeError', (name) => {
    for (const props of [null, 'x', 5]) {
      const { app, stack } = newApp();
      expect(() => CONSTRUCTS[name].build(stack, props)).not.toThrow();
      expect(synthErrors(app)).toContain('Invalid props: expected an object of props');
    }
  });

  test('permissions: [\'*\'] on CcrAccess writes no policy (it would match every ccr action)', () => {
    const { app, stack } = newApp();
    const policy = CONSTRUCTS.CcrAccess.build(stack, { permissions: ['*'] }) as TcrPolicyBase;
    expect(synthErrors(app)).toContain('[stack/C] [unknown-action] Invalid permissions[0]: expected one of CcrPermission.PULL');
    expect(policy.renderedDocuments()).toEqual(['{"version":"2.0","statement":[]}']);
  });

  test('a plain object where a GuardrailScope belongs names the factories that make one', () => {
    const { app, stack } = newApp();
    CONSTRUCTS.TcrDeleteGuardrail.build(stack, { scope: { instanceId: 'tcr-abc12345', namespace: 'payments' } });
    expect(synthErrors(app)).toContain('Invalid scope: expected a GuardrailScope (GuardrailScope.service(), .instance(instanceId), .namespace(instanceId, namespace)');
  });
});
