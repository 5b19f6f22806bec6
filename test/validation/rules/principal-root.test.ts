import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

const withPrincipal = (qcs: string[]) => doc(allow(['tcr:PullRepository'], ['qcs::tcr:::repository/tcr-abc123/ns/app'], { principal: { qcs } }));

describe('principal-root', () => {
  test('non-compliant: :root, with the uin form as the fix', () => {
    const text = withPrincipal(['qcs::cam::uin/164256472:root']);
    expect(ruleIds(text)).toEqual(['principal-root']);
    const [f] = lintPolicy(text);
    expect(f.path).toBe('/statement/0/principal/qcs/0');
    expect(f.message).toContain('Write "qcs::cam::uin/164256472:uin/164256472"');
  });

  test('compliant: the uin form', () => {
    expect(ruleIds(withPrincipal(['qcs::cam::uin/164256472:uin/164256472']))).toEqual([]);
  });
});
