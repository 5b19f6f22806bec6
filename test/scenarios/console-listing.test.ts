import { getAction, listActions, simulate, PolicyDocument } from '../../lib';
import { consoleListingActions, consoleListingStatement } from '../../lib/scenarios/console-listing';

describe('consoleListingActions', () => {
  test.each(['enterprise', 'personal'] as const)('%s: operation-level, read-only, of the edition, listing instances, regions, namespaces or repositories', (edition) => {
    const actions = consoleListingActions(edition);
    expect(actions.length).toBeGreaterThan(0);
    for (const name of actions) {
      const a = getAction(name)!;
      expect([a.edition, a.granularity]).toEqual([edition, 'operation']);
      expect(a.table).not.toBe('write');
      expect(a.api).toMatch(/^Describe(Instance|Region|Namespace|Repository)/);
    }
  });

  test('Enterprise lists instances and regions; Personal lists namespaces and repositories', () => {
    expect(consoleListingActions('enterprise')).toEqual(expect.arrayContaining(['tcr:DescribeInstances', 'tcr:DescribeRegions']));
    expect(consoleListingActions('personal')).toEqual(expect.arrayContaining(['tcr:DescribeNamespacePersonal', 'tcr:DescribeRepositoryPersonal']));
  });

  test('no write API and no pull is ever included', () => {
    const writes = new Set(listActions({ table: 'write' }).map((a) => a.name));
    for (const edition of ['enterprise', 'personal'] as const) for (const a of consoleListingActions(edition)) expect(writes.has(a)).toBe(false);
  });
});

describe('consoleListingStatement', () => {
  test('is an allow on ["*"], which is what CAM requires of operation-level APIs', () => {
    const s = consoleListingStatement('enterprise');
    expect(s.toJSON()).toEqual({ action: consoleListingActions('enterprise'), resource: ['*'], effect: 'allow' });
    const docs = [new PolicyDocument({ statements: [s] }).render()];
    expect(simulate(docs, { action: 'tcr:DescribeInstances', resource: '*' }).decision).toBe('allow');
    expect(simulate(docs, { action: 'tcr:PullRepository', resource: 'qcs::tcr:::repository/tcr-abcd1234/ns/app' }).decision).toBe('implicit-deny');
  });
});
