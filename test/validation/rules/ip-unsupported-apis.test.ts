import { getRule, IpUnsupportedApis, PolicyStatement } from '../../../lib';
import { applyGrantConditions } from '../../../lib/scenarios/grant-conditions';

const statement = (actions: string[]) => new PolicyStatement({ actions, resources: ['qcs::tcr:::repository/tcr-abcd1234/ns/app'] });

describe('ip-unsupported-apis', () => {
  test('non-compliant: allowedSourceIps on a grant that includes pull', () => {
    const { problems } = applyGrantConditions([statement(['tcr:PullRepository'])], { allowedSourceIps: ['10.0.0.0/8'] });
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'ip-unsupported-apis', prop: 'allowedSourceIps' })]);
    expect(getRule('ip-unsupported-apis')!.severity).toBe('error');
    expect(problems[0].message).toContain('for 1 API this policy grants, so a qcs:ip condition would not restrict it: tcr:PullRepository.');
  });

  test('compliant: the opt-in grants them without the condition', () => {
    const { problems } = applyGrantConditions([statement(['tcr:PullRepository'])], { allowedSourceIps: ['10.0.0.0/8'], ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION });
    expect(problems).toEqual([]);
  });

  test('not applicable: no allowedSourceIps', () => {
    expect(applyGrantConditions([statement(['tcr:PullRepository'])], {}).problems).toEqual([]);
  });
});
