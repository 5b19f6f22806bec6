import * as fs from 'fs';
import * as path from 'path';
import { TCR_SEED, seedText, SEED_DIR } from './seed-scan';
import { generateCatalog, readSeeds } from '../../tools/catalog-gen/generate';
import { replaceSeed, seedFilesOf } from '../../tools/catalog-gen/replace-seed';
import { tempDir } from '../helpers/temp-files';

let tmp: ReturnType<typeof tempDir>;
let seeds: string;
beforeEach(() => {
  tmp = tempDir('catalog-seeds-');
  seeds = path.join(tmp.dir, 'seeds');
  fs.mkdirSync(seeds);
  for (const f of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, f), path.join(seeds, f));
});
afterEach(() => tmp.cleanup());

test('a new capture with another hash replaces the old one instead of landing next to it (no "found 2")', () => {
  const capture = tmp.write('000_ffffffffffffffff.txt', seedText(TCR_SEED).replace('Create GC Job', 'Create a GC job'));
  const r = replaceSeed(seeds, capture);
  expect(r).toEqual({ written: '000_ffffffffffffffff.txt', removed: [TCR_SEED] });
  expect(fs.readdirSync(seeds).filter((f) => f.startsWith('000_'))).toEqual(['000_ffffffffffffffff.txt']);
  expect(generateCatalog(readSeeds(seeds)).find((a) => a.name === 'tcr:CreateGCJob')?.description).toBe('Create a GC job');
});

test('a capture under any name, with --as, is named by its content hash; replacing it again is idempotent', () => {
  const capture = tmp.write('page.txt', seedText(TCR_SEED));
  const first = replaceSeed(seeds, capture, '000');
  expect(first.written).toMatch(/^000_[0-9a-f]{16}\.txt$/);
  expect(replaceSeed(seeds, capture, '000')).toEqual({ written: first.written, removed: [] });
  expect(fs.readdirSync(seeds).filter((f) => f.startsWith('000_'))).toEqual([first.written]);
  expect(fs.readFileSync(path.join(seeds, first.written), 'utf8')).toBe(seedText(TCR_SEED));
});

test('a capture that does not say which seed it replaces is refused', () => {
  const capture = tmp.write('page.txt', 'x');
  expect(() => replaceSeed(seeds, capture)).toThrow(/page\.txt: cannot tell which seed it replaces; name it NNN_<anything>\.txt or pass --as NNN/);
  expect(() => replaceSeed(seeds, capture, '0')).toThrow(/cannot tell which seed/);
});

test('a directory stands for its NNN_*.txt files (sync:seeds)', () => {
  tmp.write('notes.md', 'not a seed');
  tmp.write('001_a.txt', 'x');
  expect(seedFilesOf(tmp.dir)).toEqual([path.join(tmp.dir, '001_a.txt')]);
  expect(seedFilesOf(SEED_DIR).map((f) => path.basename(f))).toEqual(fs.readdirSync(SEED_DIR).sort());
});
