import fc from 'fast-check';
import { ResourceName, simulate } from '../../lib';
import { ResourcePattern } from '../../lib/simulator/private/match-resource';
import { RequestView } from '../../lib/simulator/private/request-view';

describe('ResourceName', () => {
  test.each([
    [ResourceName.tcrInstance(['tcr-abc']), 'qcs::tcr:::instance/tcr-abc'],
    [ResourceName.tcrInstance(['*'], { region: 'ap-guangzhou', ownerUin: '100000000001' }), 'qcs::tcr:ap-guangzhou:uin/100000000001:instance/*'],
    [ResourceName.tcrRepository(['tcr-abc', 'team-01', 'app', '*']), 'qcs::tcr:::repository/tcr-abc/team-01/app/*'],
    [ResourceName.tcrPersonalRepo(['team-01']), 'qcs::tcr:::repo/team-01'],
    [ResourceName.ccrRepo(['foo', '*']), 'qcs::ccr:::repo/foo/*'],
  ])('builds %s', (built, expected) => {
    expect(built).toBe(expected);
  });

  test('refuses empty path segments instead of building a broader name', () => {
    expect(() => ResourceName.tcrRepository(['tcr-abc', '', 'app'])).toThrow(/non-empty segments/);
    expect(() => ResourceName.tcrInstance([])).toThrow(/non-empty segments/);
  });

  test('splits six segments, keeping a colon inside the sixth (CCR tags)', () => {
    expect(ResourceName.split('qcs::ccr:::repo/ns/app:v1')).toEqual({
      project: '', service: 'ccr', region: '', account: '', resourceType: 'repo', resourcePath: 'ns/app:v1',
    });
    expect(ResourceName.split('qcs::tcr:ap-guangzhou:uin/1234:repository/tcr-a/ns/*')).toMatchObject({
      service: 'tcr', region: 'ap-guangzhou', account: 'uin/1234', resourceType: 'repository', resourcePath: 'tcr-a/ns/*',
    });
  });

  test.each(['*', 'qcs::tcr:::instance', 'arn:aws:s3:::bucket/x', 'qcs::tcr::instance/x'])('split(%s) is undefined', (s) => {
    expect(ResourceName.split(s)).toBeUndefined();
  });

  test('format and split round-trip', () => {
    const c = { service: 'tcr', region: 'ap-shanghai', account: 'uin/42424242', resourceType: 'repository', resourcePath: 'tcr-a/b/c' };
    expect(ResourceName.split(ResourceName.format(c))).toEqual({ project: '', ...c });
  });

  test('one reading of six-segment names: split, the simulator\'s requests, patterns and documents agree', () => {
    const text = fc.array(fc.constantFrom('qcs', ':', '/', 'tcr', 'a', '*', 'Q', ''), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (resource) => {
      const named = ResourceName.split(resource)?.resourceType ? true : false;
      const request = (() => {
        try {
          new RequestView().load({ action: 'tcr:PullRepository', resource });
          return true;
        } catch {
          return false;
        }
      })();
      const inDocument = (() => {
        try {
          simulate([JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:PullRepository'], resource: [resource] }] })], { action: 'tcr:PullRepository', resource: '*' });
          return true;
        } catch {
          return false;
        }
      })();
      const expected = named || resource === '*';
      if (request !== expected || inDocument !== expected) return false;
      // A pattern sees the same segments as split.
      if (named && resource !== '*') {
        const parts = ResourceName.split(resource)!;
        return new ResourcePattern(resource).service === parts.service;
      }
      return true;
    }), { numRuns: 20_000 });
  });
});
