import { CCR_SEED, scanSeed003, seedText } from './seed-scan';
import { getAction, listActions } from '../../lib/catalog';

const repo = 'qcs::ccr:::repo/${namespace}/${repository}';
const expected: Array<[string, 'read' | 'write', string]> = [
  ['pull', 'read', repo],
  ['push', 'write', repo],
  ['CreateCCRNamespace', 'write', 'qcs::ccr:::repo/${namespace}'],
  ['DeleteUserNamespace', 'write', 'qcs::ccr:::repo/${namespace}'],
  ['CreateRepository', 'write', repo],
  ['DeleteRepository', 'write', repo],
  ['BatchDeleteRepository', 'write', repo],
  ['GetUserRepositoryList', 'read', repo],
  ['DeleteTag', 'write', 'qcs::ccr:::repo/${namespace}/${repository}:${tag}'],
];

test('exactly the CCR actions of seed 003', () => {
  expect(listActions({ service: 'ccr' }).map((a) => a.api).sort()).toEqual(expected.map(([api]) => api).sort());
  expect(scanSeed003().sort()).toEqual(expected.map(([api]) => api).sort());
});

test.each(expected)('ccr:%s', (api, table, resource) => {
  expect(seedText(CCR_SEED)).toContain(`ccr:${api}`);
  expect(getAction(`ccr:${api}`)).toMatchObject({
    name: `ccr:${api}`,
    service: 'ccr',
    api,
    table,
    granularity: 'resource',
    resources: [resource],
    resourceTypes: ['repo'],
    ipRestriction: false,
    edition: 'ccr',
    source: CCR_SEED,
    assumptions: ['ccr-table', 'ccr-ip'],
  });
});

test('descriptions come from the seed', () => {
  expect(getAction('ccr:pull')?.description).toBe('Use the docker command line to pull an image');
  expect(getAction('ccr:DeleteTag')?.description).toBe('Delete image tag permissions');
});
