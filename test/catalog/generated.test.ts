import * as fs from 'fs';
import { TCR_SEED, seedText } from './seed-scan';
import { fixTemplate } from '../../tools/catalog-gen/fixes';
import { generateCatalog, generateCatalogSource, OUTPUT_FILE, readSeeds } from '../../tools/catalog-gen/generate';
import { parseApiTables } from '../../tools/catalog-gen/parse';

test('the committed catalog equals a fresh generation (no hand edits)', () => {
  expect(fs.readFileSync(OUTPUT_FILE, 'utf8')).toBe(generateCatalogSource(readSeeds()));
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
  expect(broken('List Operations', 'Lists')).toThrow(/no list table/);
  // a row whose IP cell went missing runs into the next one
  expect(broken('instance/${RegistryId} Supported\nCreateImageAccelerationService', 'instance/${RegistryId}\nCreateImageAccelerationService'))
    .toThrow(/not a resource template/);
  // a row left unterminated at the end of a table
  expect(broken('DescribeWebhookTriggerPersonal Operation level * Supported', 'DescribeWebhookTriggerPersonal Operation level *')).toThrow(/unterminated/);
});
