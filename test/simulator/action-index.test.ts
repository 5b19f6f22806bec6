// Statements with the same resources are checked once by `decide` (the index keeps one of each): that must
// never change a decision, and `simulate` must still list every statement.
import { compilePolicies } from '../../lib/simulator';

const INSTANCE = 'qcs::tcr:ap-guangzhou::instance/tcr-a';
const doc = (statement: object) => JSON.stringify({ version: '2.0', statement: [statement] });
const allow = (extra: object = {}) => doc({ effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: [INSTANCE], ...extra });
const request = (region: string, sourceIp?: string) =>
  ({ action: 'tcr:CreateInstanceToken', resource: `qcs::tcr:${region}:uin/1001:instance/tcr-a`, ...(sourceIp ? { sourceIp } : {}) });

describe('statements with the same resources', () => {
  test('many copies decide like one, and simulate still names every copy', () => {
    const compiled = compilePolicies(Array.from({ length: 300 }, () => allow()));
    expect(compiled.decide(request('ap-guangzhou'))).toBe('allow');
    expect(compiled.decide(request('ap-shanghai'))).toBe('implicit-deny');
    expect(compiled.simulate(request('ap-guangzhou')).matched).toHaveLength(300);
  });

  test('a conditioned copy is not folded into an unconditioned one, nor the other way round', () => {
    const onlyFromOffice = allow({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } });
    for (const docs of [[onlyFromOffice, allow()], [allow(), onlyFromOffice]]) {
      expect(compilePolicies(docs).decide(request('ap-guangzhou', '192.168.1.1'))).toBe('allow');
    }
    expect(compilePolicies([onlyFromOffice, onlyFromOffice]).decide(request('ap-guangzhou', '192.168.1.1'))).toBe('implicit-deny');
    expect(compilePolicies([onlyFromOffice, onlyFromOffice]).decide(request('ap-guangzhou', '10.1.2.3'))).toBe('allow');
  });

  test('a deny with the same resources as an allow still wins, whether it names the action or a feature set', () => {
    const deny = doc({ effect: 'deny', action: ['tcr:CreateInstanceToken'], resource: [INSTANCE] });
    expect(compilePolicies([allow(), deny, allow()]).decide(request('ap-guangzhou'))).toBe('explicit-deny');
    const featureDeny = doc({ effect: 'deny', action: ['permid/1'], resource: [INSTANCE] });
    const otherDeny = doc({ effect: 'deny', action: ['tcr:CreateInstanceToken'], resource: [INSTANCE] });
    const compiled = compilePolicies([allow(), featureDeny, otherDeny]);
    expect(compiled.decide(request('ap-guangzhou'))).toBe('explicit-deny');
    expect(compiled.decide(request('ap-guangzhou'))).toBe(compiled.simulate(request('ap-guangzhou')).decision);
  });
});
