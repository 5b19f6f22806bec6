import * as fs from 'fs';
import * as path from 'path';

// The release line (docs/releasing.md): changesets bump the version in package.json and write CHANGELOG.md.
const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));

describe('the release line', () => {
  test('the version is a semantic version above 0.0.0', () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(manifest.version).not.toBe('0.0.0');
  });

  test('package-lock.json carries the same version, so `npm install` has nothing to rewrite', () => {
    expect(lock.version).toBe(manifest.version);
    expect(lock.packages[''].version).toBe(manifest.version);
  });

  test('CHANGELOG.md has an entry for the current version', () => {
    const headings = read('CHANGELOG.md').split('\n').filter((l) => /^## /.test(l)).map((l) => l.slice(3).trim());
    expect(headings[0]).toBe(manifest.version);
  });

  test('every pending changeset bumps this package with a known bump type', () => {
    const dir = path.join(root, '.changeset');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect({ file, front: front?.[1].trim() }).toEqual({ file, front: expect.stringMatching(/^['"]cdktf-tcr-access['"]: (patch|minor|major)$/) });
    }
  });
});
