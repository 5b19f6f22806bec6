import { scanSeed000 } from './seed-scan';
import { allActions, listActions } from '../../lib/catalog';

const scanned = scanSeed000();

test('seed 000 has 150 rows: 80 write, 66 read, 4 list', () => {
  expect(scanned).toHaveLength(150);
  expect(scanned.filter((r) => r.table === 'write')).toHaveLength(80);
  expect(scanned.filter((r) => r.table === 'read')).toHaveLength(66);
  expect(scanned.filter((r) => r.table === 'list')).toHaveLength(4);
});

test('the catalog holds every seed 000 row and the 9 CCR actions, once each', () => {
  expect(listActions({ service: 'tcr' })).toHaveLength(scanned.length);
  expect(listActions({ service: 'ccr' })).toHaveLength(9);
  expect(allActions()).toHaveLength(scanned.length + 9);
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

test('per edition and granularity counts', () => {
  expect(listActions({ edition: 'enterprise' })).toHaveLength(101);
  expect(listActions({ edition: 'personal' })).toHaveLength(49);
  expect(listActions({ edition: 'ccr' })).toHaveLength(9);
  expect(listActions({ granularity: 'resource' })).toHaveLength(104);
  expect(listActions({ granularity: 'operation' })).toHaveLength(55);
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
