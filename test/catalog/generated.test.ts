import * as fs from 'fs';
import * as path from 'path';
import { CCR_SEED, TCR_SEED, seedText } from './seed-scan';
import { CATALOG_SOURCES } from '../../lib/catalog';
import { fixTemplate } from '../../tools/catalog-gen/fixes';
import { generateCatalog, generateCatalogSource, generateFiles, OUTPUT_DIR, OUTPUT_FILE, readSeeds } from '../../tools/catalog-gen/generate';
import { parseApiTables } from '../../tools/catalog-gen/parse';

test('the committed generated files equal a fresh generation, byte for byte (no hand edits), and nothing else is there', () => {
  const files = generateFiles(readSeeds());
  for (const [file, text] of Object.entries(files)) expect(fs.readFileSync(file, 'utf8')).toBe(text);
  expect(fs.readdirSync(OUTPUT_DIR).sort()).toEqual(Object.keys(files).map((f) => path.basename(f)).sort());
});

test('the header records each page with its address and the "Last updated" date of the capture', () => {
  const header = fs.readFileSync(OUTPUT_FILE, 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n');
  for (const [file, url] of [[TCR_SEED, 'https://www.tencentcloud.com/document/product/598/57160'], [CCR_SEED, 'https://intl.cloud.tencent.com/document/product/457/11527']]) {
    const date = /Last updated:\s*(\S+ \S+)/.exec(seedText(file))![1];
    expect(header).toContain(`${file}: `);
    expect(header).toContain(`${url}, Last updated: ${date}`);
    expect(CATALOG_SOURCES.find((s) => s.file === file)).toMatchObject({ url, lastUpdated: date });
  }
});

test('a capture without its date or of another page fails generation naming the file', () => {
  const seeds = readSeeds();
  expect(() => generateCatalogSource({ ...seeds, [TCR_SEED]: seeds[TCR_SEED].replace(/Last updated:/g, 'Updated') }))
    .toThrow(new RegExp(`${TCR_SEED} has no "Last updated`));
  expect(() => generateCatalogSource({ ...seeds, [CCR_SEED]: seeds[CCR_SEED].replace(/TKE Image Registry Resource-level Permission Settings/g, 'Other') }))
    .toThrow(new RegExp(`${CCR_SEED} does not contain the title`));
});

test('two captures of one page fail generation naming both and the replace command', () => {
  const seeds = readSeeds();
  expect(() => generateCatalog({ ...seeds, '000_0000000000000000.txt': seeds[TCR_SEED] }))
    .toThrow(/expected exactly one seed 000_\*, found 2: 000_0000000000000000\.txt, 000_.*seed:replace/);
});

test('generation is deterministic and independent of seed order', () => {
  const seeds = readSeeds();
  const reversed = Object.fromEntries(Object.entries(seeds).reverse());
  expect(generateCatalogSource(reversed)).toBe(generateCatalogSource(seeds));
  expect(generateCatalog(seeds).map((a) => a.name)).toEqual(generateCatalog(seeds).map((a) => a.name).sort());
});

test('every placeholder spelling of the seed normalizes', () => {
  expect(fixTemplate('qcs::tcr:$regionid:$accountid:repository/$instanceid/$namespacename/$repositoryname'))
    .toBe('qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/${repository}');
  expect(fixTemplate('qcs::${ApiModule}:${Region}:uin/:repo/${RepoNames}')).toBe('qcs::tcr:${region}:${account}:repo/${namespace}/${repository}');
  expect(fixTemplate('qcs::tcr::uin/${uin}:instance/${SourceRegistryId}')).toBe('qcs::tcr:${region}:${account}:instance/${instanceId}');
  expect(fixTemplate('qcs::tcr:${Region}:uin/${Uin}:repository/${RegistryId}/${NameSpaceName}/${ChartName}'))
    .toBe('qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/${repository}');
  expect(fixTemplate('*')).toBe('*');
});

test('an unknown placeholder spelling or a malformed template fails generation', () => {
  expect(() => fixTemplate('qcs::tcr:${region}:uin/${uin}:instance/${RegistryID}')).toThrow(/unknown placeholder/);
  expect(() => fixTemplate('qcs::tcr:instance/x')).toThrow(/six-segment/);
});

test('the parser refuses rows it does not understand', () => {
  const text = seedText(TCR_SEED);
  const broken = (from: string, to: string) => {
    expect(text).toContain(from);
    return () => parseApiTables(text.replace(from, to));
  };
  expect(broken('CreateGCJob Create GC Job Resource level', 'CreateGCJob Create GC Job Resourcelevel')).toThrow(/not a table row/);
  expect(broken('List Operations', 'Lists')).toThrow(/unknown table heading "Lists"/);
  expect(broken('List Operations\n', 'List Operations\n\nX\n')).toThrow(/list table has no column header/);
  // a row whose IP cell went missing runs into the next one
  expect(broken('instance/${RegistryId} Supported\nCreateImageAccelerationService', 'instance/${RegistryId}\nCreateImageAccelerationService'))
    .toThrow(/not a resource template/);
  // a row left unterminated at the end of a table
  expect(broken('DescribeWebhookTriggerPersonal Operation level * Supported', 'DescribeWebhookTriggerPersonal Operation level *')).toThrow(/unterminated/);
});

describe('an unknown table heading or column fails generation with a message naming it', () => {
  const text = seedText(TCR_SEED);
  const header = 'API API Description Authorization Granularity Six-segment Resource Description IP Restriction';

  test('a new table under a heading the parser does not know', () => {
    const added = text.replace('List Operations', `Delete operations\n\n${header}\nDeleteImage Delete image Operation level * Supported\n\nList Operations`);
    expect(() => parseApiTables(added)).toThrow(/unknown table heading "Delete operations"/);
  });

  test.each([
    ['an added column', header.replace(' IP Restriction', ' Authorization by Tag IP Restriction'), /unknown column "Authorization by Tag" in the write table/],
    ['a column before the known ones', header.replace('API API', 'API Tag API'), /unknown column "Tag" in the write table/],
    ['a trailing column', `${header} Remarks`, /unknown column "Remarks"/],
    ['a missing column', header.replace(' Six-segment Resource Description', ''), /lacks the column "Six-segment Resource Description"/],
  ])('%s', (_case, changed, error) => {
    expect(text.indexOf(header)).toBeGreaterThan(0);
    expect(() => parseApiTables(text.replace(header, changed))).toThrow(error);
  });
});
