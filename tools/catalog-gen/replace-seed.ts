/**
 * Vendors new page captures into tools/catalog-gen/seeds, REPLACING the capture with the same number (the generator reads
 * exactly one `000_*` and one `003_*`). `npm run seed:replace -- <file>...` for files named `NNN_<anything>.txt`, or
 * `npm run seed:replace -- --as 000 <file>` for a capture with another name; `npm run sync:seeds` replaces every seed from
 * ../shared/seeds. Then `npm run gen:catalog` and review the snapshot diff (docs/catalog.md).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { SEED_DIR } from './generate';

const SEED_NAME = /^(\d{3})_[^/\\]+\.txt$/;

/** What one replacement did. */
export interface Replacement {
  readonly written: string;
  readonly removed: string[];
}

/**
 * Copies `source` into `seedDir` as seed `number` and removes every other file of that number. A source named
 * `NNN_<hash>.txt` keeps its name; another name becomes `NNN_<first 16 hex of its SHA-256>.txt`.
 */
export function replaceSeed(seedDir: string, source: string, number?: string): Replacement {
  const base = path.basename(source);
  const named = SEED_NAME.exec(base);
  const seedNumber = number ?? named?.[1];
  if (!seedNumber || !/^\d{3}$/.test(seedNumber)) {
    throw new Error(`${source}: cannot tell which seed it replaces; name it NNN_<anything>.txt or pass --as NNN (e.g. --as 000).`);
  }
  const text = fs.readFileSync(source);
  const name = named && named[1] === seedNumber ? base : `${seedNumber}_${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
  const removed = fs.readdirSync(seedDir).filter((f) => f.startsWith(`${seedNumber}_`) && f !== name).sort();
  for (const f of removed) fs.rmSync(path.join(seedDir, f));
  fs.writeFileSync(path.join(seedDir, name), text);
  return { written: name, removed };
}

/** The seed files a command-line argument names: the file itself, or every `NNN_*.txt` of a directory. */
export function seedFilesOf(arg: string): string[] {
  if (!fs.statSync(arg).isDirectory()) return [arg];
  return fs.readdirSync(arg).filter((f) => SEED_NAME.test(f)).sort().map((f) => path.join(arg, f));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const as = args.indexOf('--as');
  const number = as >= 0 ? args[as + 1] : undefined;
  const files = args.filter((_, i) => as < 0 || (i !== as && i !== as + 1)).flatMap(seedFilesOf);
  if (files.length === 0 || (number !== undefined && files.length !== 1)) {
    console.error('usage: npm run seed:replace -- <NNN_name.txt | directory>...   or   npm run seed:replace -- --as NNN <capture.txt>');
    process.exit(2);
  }
  for (const file of files) {
    const r = replaceSeed(SEED_DIR, file, number);
    console.log(`${r.written}${r.removed.length ? ` replaces ${r.removed.join(', ')}` : ''}`);
  }
  console.log('Now run `npm run gen:catalog` and review the catalog snapshot diff (docs/catalog.md).');
}
