/**
 * An independent, deliberately simple reading of seed 000 for the tests to compare the generator against:
 * every line inside the three tables that starts with an API name and names a granularity is a row.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SEED_DIR = path.join(__dirname, '..', '..', 'tools', 'catalog-gen', 'seeds');
export const TCR_SEED = fs.readdirSync(SEED_DIR).find((f) => f.startsWith('000_'))!;
export const CCR_SEED = fs.readdirSync(SEED_DIR).find((f) => f.startsWith('003_'))!;
export const seedText = (file: string): string => fs.readFileSync(path.join(SEED_DIR, file), 'utf8');

export interface ScannedRow { table: 'write' | 'read' | 'list'; api: string; granularity: 'resource' | 'operation' }

export function scanSeed000(): ScannedRow[] {
  const rows: ScannedRow[] = [];
  let table: ScannedRow['table'] | undefined;
  for (const line of seedText(TCR_SEED).split('\n')) {
    if (line === 'Write operations') table = 'write';
    else if (line === 'Read operations') table = 'read';
    else if (line === 'List Operations') table = 'list';
    else if (line === 'Help and Support') table = undefined;
    const m = /^(\w+) .*(Resource level|Operation level)/.exec(line);
    if (table && m) rows.push({ table, api: m[1], granularity: m[2] === 'Resource level' ? 'resource' : 'operation' });
  }
  return rows;
}

/** The CCR actions of seed 003, read as simply as possible: every `ccr:<Name>` after "Permission List", once each. */
export function scanSeed003(): string[] {
  const text = seedText(CCR_SEED);
  const list = text.slice(text.indexOf('Permission List'));
  return [...new Set([...list.matchAll(/ccr:\s*([A-Za-z]+)/g)].map((m) => m[1]))];
}
