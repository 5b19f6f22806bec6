import * as fs from 'fs';
import * as path from 'path';

// A fresh clone's `npm install` must leave package-lock.json unchanged. It did not when the lockfile had been
// written while the registry lacked some platform-specific optional packages: npm then added the missing
// entries on every new machine. This checks the whole class offline: every dependency, optional ones included,
// of every package in the lockfile resolves to an entry of the lockfile, the way npm resolves node_modules.
const root = path.join(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  link?: boolean;
}
const packages: Record<string, LockEntry> = lock.packages;

/** The lockfile key npm would install `name` at for the package at `from` (nearest node_modules upwards). */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (key in packages) return key;
    if (!dir) return undefined;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

describe('package-lock.json', () => {
  test('is lockfile version 3 and names this package', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(packages[''].dependencies).toBeDefined();
  });

  test('every dependency and optional dependency of every locked package is locked too', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(packages)) {
      if (entry.link) continue;
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
        if (!resolve(key, name)) missing.push(`${key || '(root)'} -> ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
