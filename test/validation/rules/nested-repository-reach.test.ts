import fc from 'fast-check';
import { simulate } from '../../../lib';
import { validName } from '../../simulator/support/arbitraries';
import { allow, deny, doc, findingsOf } from '../lint-helpers';

const repo = (path: string) => `qcs::tcr:::repository/tcr-abcd1234/${path}`;
const reach = (text: string) => findingsOf('nested-repository-reach', text);

describe('nested-repository-reach', () => {
  test('non-compliant: a named repository with /*, naming the reach', () => {
    const [f, ...rest] = reach(doc(allow(['tcr:PullRepository'], [repo('team-01/app'), repo('team-01/app/*')])));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', path: '/statement/0/resource/1', value: repo('team-01/app/*') });
    expect(f.message).toContain('"team-01/app/x"');
    expect(f.message).toContain('"tcr:PullRepository"');
  });

  test('compliant: exact repositories, a whole namespace, the instance, a deny, Personal and CCR names (no multi-level names there)', () => {
    expect(reach(doc(allow(['tcr:PushRepository'], [repo('team-01/app'), repo('team-01/base/node'), repo('team-01/*')])))).toEqual([]);
    expect(reach(doc(allow(['tcr:*'], ['qcs::tcr:::repository/tcr-abcd1234/*', 'qcs::tcr:::instance/tcr-abcd1234'])))).toEqual([]);
    expect(reach(doc(deny(['tcr:PushRepository'], [repo('team-01/app/*')])))).toEqual([]);
    expect(reach(doc(allow(['tcr:PullRepositoryPersonal'], ['qcs::tcr:::repo/team-01/app/*', 'qcs::ccr:::repo/team-01/app/*'])))).toEqual([]);
  });

  test('the warning holds: for any repository and any sub-name, the /* entry allows pull of the repository below it', () => {
    fc.assert(fc.property(validName('repository', true), validName('repository', true), (name, sub) => {
      const text = doc(allow(['tcr:PullRepository'], [repo(`team-01/${name}/*`)]));
      expect(reach(text)).toHaveLength(1);
      expect(simulate([text], { action: 'tcr:PullRepository', resource: repo(`team-01/${name}/${sub}`) }).decision).toBe('allow');
    }), { seed: 12, numRuns: 200 });
  });
});
