import { scanSeed000, scanSeed003 } from './seed-scan';
import { allActions, listActions } from '../../lib/catalog';

// Every count here comes from an independent, simple reading of the seeds, never from a literal: a new or dropped row
// changes both sides. The per-row contents are in the reviewed snapshot (snapshot.test.ts).
const scanned = scanSeed000();
const ccr = scanSeed003();

test('the scans find rows in all three tables and CCR actions (a scan that finds nothing proves nothing)', () => {
  for (const table of ['write', 'read', 'list'] as const) expect(scanned.filter((r) => r.table === table).length).toBeGreaterThan(0);
  expect(ccr.length).toBeGreaterThan(0);
});

test('the catalog holds every seed 000 row and every seed 003 action, once each', () => {
  expect(listActions({ service: 'tcr' })).toHaveLength(scanned.length);
  expect(listActions({ service: 'ccr' }).map((a) => a.api).sort()).toEqual([...ccr].sort());
  expect(allActions()).toHaveLength(scanned.length + ccr.length);
  expect(new Set(allActions().map((a) => a.name)).size).toBe(allActions().length);
});

test.each(['write', 'read', 'list'] as const)('the %s table has as many tcr actions as the seed has rows', (table) => {
  expect(listActions({ service: 'tcr', table })).toHaveLength(scanned.filter((r) => r.table === table).length);
});

test('every seed 000 API is present with the table and granularity the seed gives', () => {
  const actual = listActions({ service: 'tcr' }).map((a) => ({ table: a.table, api: a.api, granularity: a.granularity }));
  const byApi = (a: { api: string }, b: { api: string }) => (a.api < b.api ? -1 : 1);
  expect(actual.sort(byApi)).toEqual([...scanned].sort(byApi));
});

test('editions and granularities partition the catalog', () => {
  const editions = ['enterprise', 'personal', 'ccr'] as const;
  expect(editions.map((edition) => listActions({ edition }).length).reduce((a, b) => a + b)).toBe(allActions().length);
  expect(listActions({ edition: 'ccr' })).toEqual(listActions({ service: 'ccr' }));
  expect(listActions({ granularity: 'operation' })).toHaveLength(scanned.filter((r) => r.granularity === 'operation').length);
  expect(listActions({ granularity: 'resource' })).toHaveLength(allActions().length - listActions({ granularity: 'operation' }).length);
});

test('operation-level actions are authorized on * only and have no resource types', () => {
  for (const a of listActions({ granularity: 'operation' })) {
    expect(a.resources).toEqual(['*']);
    expect(a.resourceTypes).toEqual([]);
  }
});

test('every template uses only the documented placeholder vocabulary', () => {
  const vocabulary = ['region', 'account', 'instanceId', 'namespace', 'repository', 'tag', 'chart', 'certificateId', 'subnetId'];
  for (const a of allActions()) {
    for (const r of a.resources) {
      const left = r.replace(/\$\{(\w+)\}/g, (p, v: string) => (vocabulary.includes(v) ? '' : p));
      expect({ action: a.name, left: left.includes('$') ? r : '' }).toEqual({ action: a.name, left: '' });
    }
  }
});
