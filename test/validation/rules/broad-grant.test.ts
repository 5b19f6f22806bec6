import fc from 'fast-check';
import { lintPolicy } from '../../../lib';
import { Glob } from '../../../lib/catalog/glob';
import { allow, deny, doc, ruleIds } from '../lint-helpers';

describe('broad-grant', () => {
  test.each([['tcr:*'], ['name/ccr:*'], ['*']])('non-compliant: %s on "*"', (action) => {
    const text = doc(allow([action], ['*']));
    expect(ruleIds(text)).toEqual(['broad-grant']);
    expect(lintPolicy(text)[0]).toMatchObject({ severity: 'warning', path: '/statement/0/action/0', value: action });
  });

  test('compliant: tcr:* scoped to an instance (operation-level warning aside), a narrower wildcard on "*", a deny', () => {
    expect(ruleIds(doc(allow(['tcr:*'], ['qcs::tcr:::instance/tcr-abc123'])))).not.toContain('broad-grant');
    expect(ruleIds(doc(allow(['tcr:Describe*', 'tcr:PullRepository*'], ['*'])))).toEqual([]);
    expect(ruleIds(doc(deny(['tcr:*'], ['*'])))).toEqual([]);
  });
});

describe('broad-grant judges what a pattern matches, not its spelling', () => {
  test.each([
    ['*:*', '*'], ['t*:*', '*'], ['tcr:**', '*'], ['*', '*'], ['**', '*'], ['tc*', '*'], ['*tcr:*', '*'], ['name/*:*', '*'],
    ['cam:*', '*'], ['cvm:*', '*'], ['cam:**', '*'], ['ca*:*', '*'],
    ['tcr:*', 'qcs::tcr:::*'], ['tcr:*', 'qcs::tcr:ap-guangzhou:uin/1:*/*'], ['*:*', 'qcs::*:::*'], ['cam:*', 'qcs:::::*'],
  ])('%s on %s is broad', (action, resource) => {
    expect(findingsOfBroad(action, resource)).toEqual([expect.objectContaining({ value: action, path: '/statement/0/action/0' })]);
  });

  test('full access to CAM names the takeover', () => {
    expect(findingsOfBroad('cam:*', '*')[0].message).toContain('account takeover');
    expect(findingsOfBroad('*:*', '*')[0].message).toContain('every action of every service');
  });

  test.each([
    ['tcr:Describe*', '*'], ['tcr:*Repository', '*'], ['tcr:Pull*', '*'], ['*:Describe*', '*'], ['tcr:*', 'qcs::tcr:::repository/*'],
    ['tcr:*', 'qcs::ccr:::*'], ['cam:*', 'qcs::tcr:::*'], ['tcr:*:*', '*'], ['TCR:*', '*'], ['tcr:*', 'qcs::tcr:::*/a'],
  ])('%s on %s is not', (action, resource) => {
    expect(findingsOfBroad(action, resource)).toEqual([]);
  });

  test('property: a pattern is broad exactly when it matches every action name of some service on "*"', () => {
    // Service names spelled with the same pieces (a pattern covering any service counts, real or future).
    const letters = ['tcr', 'ccr', 'cam', 't', 'c', 'r'];
    const services = letters.flatMap((a) => [a, ...letters.flatMap((b) => [a + b, ...letters.map((c) => a + b + c)])]);
    const names = ['', 'A', 'PullRepository', 'DescribeInstances', 'x:y', '*'];
    const piece = fc.constantFrom('*', 'tcr', 'ccr', 'cam', 't', 'c', ':', 'Pull', 'Describe', 'Repository', 'r:');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
      const action = pieces.join('');
      const glob = new Glob(action);
      // Broad for a service S when every S:<name> matches; the probe names stand for "every name".
      const broad = services.some((s) => names.every((n) => glob.matches(`${s}:${n}`)) && glob.matches(`${s}:${'z'.repeat(7)}`));
      return (findingsOfBroad(action, '*').length > 0) === broad;
    }), { numRuns: 2_000 });
  });
});

function findingsOfBroad(action: string, resource: string) {
  return lintPolicy(doc(allow([action], [resource]))).filter((f) => f.ruleId === 'broad-grant');
}
