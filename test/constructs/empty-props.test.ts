import { runMain } from '../helpers/cli';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';
import { CONSTRUCTS, I } from './support/constructs';

afterAll(cleanTestingOutdirs);

/** Every optional string prop of every construct, from the props tables the constructs check their props with. */
const CASES = Object.entries(CONSTRUCTS).flatMap(([name, c]) =>
  Object.entries(c.types).filter(([, spec]) => spec.type.kind === 'string' && !spec.required).map(([prop]) => [name, prop] as const));

describe('an empty optional string is an error, never "all regions" or "the caller\'s account"', () => {
  test('the table covers region and ownerUin of every construct that takes them', () => {
    expect(CASES).toEqual(expect.arrayContaining([['NamespaceAdmin', 'region'], ['NamespaceAdmin', 'ownerUin'], ['TcrTeamAccess', 'ownerUin'], ['CcrAccess', 'region']]));
    expect(CASES.length).toBeGreaterThan(25);
  });

  test.each(CASES)('%s %s: \'\' fails synth naming the prop', (name, prop) => {
    const { app, stack } = newApp();
    const c = CONSTRUCTS[name];
    c.build(stack, { ...c.valid, [prop]: '' });
    expect(synthErrors(app)).toMatch(new RegExp(`Invalid ${prop}: .*(empty)`));
  });

  test.each([['--region'], ['--owner-uin']])('the CLI refuses %s \'\'', async (flag) => {
    const run = await runMain(['generate', 'namespace-admin', '--instance-id', I, '--namespace', 'ns', flag, '']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('must not be empty');
    expect(run.stdout).toBe('');
  });
});
