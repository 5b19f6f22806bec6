import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// docs/api/ is generated from the TSDoc by TypeDoc (typedoc.json, `npm run docs`): regenerate it into a
// temporary folder and compare, file by file, so a public API change without its reference fails here.
const root = path.join(__dirname, '..', '..');
const committed = path.join(root, 'docs', 'api');

// TypeDoc type-checks the whole library first: tens of seconds on a busy machine.
jest.setTimeout(300_000);

/** Every file under a folder, relative to it, with its text. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else files.set(child.split(path.sep).join('/'), fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return files;
}

test('docs/api/ is what TypeDoc generates from the current TSDoc (run `npm run docs`)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-api-'));
  try {
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'typedoc'), ['--out', out, '--logLevel', 'Error'], { cwd: root, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
    expect(r.status).toBe(0);
    const fresh = tree(out);
    const current = tree(committed);
    expect([...current.keys()].sort()).toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
    expect(stale).toEqual([]);
    expect(fresh.size).toBeGreaterThan(50);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
