import { TCR_SEED, seedText } from './seed-scan';
import { allActions, CATALOG_ASSUMPTIONS, getAction, listActions } from '../../lib/catalog';
import type { CatalogAssumption } from '../../lib/catalog';
import { TEMPLATE_FIXES } from '../../tools/catalog-gen/fixes';

/** The seed 000 row of an API, as written (the line that starts with its name). */
const rawRow = (api: string) => seedText(TCR_SEED).split('\n').find((l) => l.startsWith(`${api} `))!;

test('every assumption an entry lists is described with Tencent sources', () => {
  for (const a of allActions()) {
    for (const id of a.assumptions) {
      expect(CATALOG_ASSUMPTIONS[id].id).toBe(id);
      expect(CATALOG_ASSUMPTIONS[id].urls.every((u) => /^https:\/\/(www\.|intl\.cloud\.|cloud\.)?tencent(cloud)?\.com\//.test(u))).toBe(true);
    }
  }
  expect(Object.keys(CATALOG_ASSUMPTIONS).sort()).toEqual([...new Set(allActions().flatMap((a) => a.assumptions))].sort());
});

describe('an entry lists an assumption exactly where its page text needs it', () => {
  const tcr = listActions({ service: 'tcr' });
  const has = (api: string, id: CatalogAssumption) => getAction(`tcr:${api}`)!.assumptions.includes(id);

  test.each(tcr.map((a) => a.api))('%s', (api) => {
    const row = rawRow(api);
    expect(row).toBeDefined();
    const expected: Record<string, boolean> = {
      'empty-region': /\sqcs::tcr::/.test(row),
      'empty-uin': /:uin\/:/.test(row),
      'source-instance': row.includes('${SourceRegistryId}'),
      'edition': row.includes('Operation level') && !api.endsWith('Personal'),
    };
    const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, has(api, id as CatalogAssumption)]));
    expect(actual).toEqual(expected);
  });

  test('as many empty-region and source-instance entries as the page text has; the doubtful editions are marked', () => {
    // The audit's numbers, checked against the seed text so the test follows the page, not this file.
    const page = seedText(TCR_SEED);
    expect(tcr.filter((a) => a.assumptions.includes('empty-region'))).toHaveLength((page.match(/\sqcs::tcr::/g) ?? []).length);
    expect(tcr.filter((a) => a.assumptions.includes('source-instance'))).toHaveLength((page.match(/\$\{SourceRegistryId\}/g) ?? []).length);
    expect(tcr.filter((a) => a.assumptions.includes('edition')).map((a) => a.api)).toEqual(
      expect.arrayContaining(['UpdateApplicationTokenPermission', 'AuthorizeUserImageBuildConfig']));
  });

  test('every CCR entry rests on the CCR table and IP readings', () => {
    for (const a of listActions({ service: 'ccr' })) expect(a.assumptions).toEqual(['ccr-table', 'ccr-ip']);
  });
});

test('every template fix that the page does not support is marked as an assumption in fixes.ts', () => {
  const marked = TEMPLATE_FIXES.filter((f) => f.assumption).map((f) => f.assumption);
  expect(marked).toEqual(['empty-region', 'empty-uin', 'source-instance']);
});
