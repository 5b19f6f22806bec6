import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// What `npm pack` would publish, read the way npm reads it (the `files` allowlist in package.json),
// after `npm test` has compiled dist/.
const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const packed: string[] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
)[0].files.map((f: { path: string }) => f.path);

/** Every path the package.json points at (main, types, bin, exports, typesVersions), without a leading `./`. */
function declaredTargets(): string[] {
  const targets: string[] = [manifest.main, manifest.types, ...Object.values<string>(manifest.bin)];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') targets.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.typesVersions);
  return [...new Set(targets.filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, '')))];
}

describe('the packed tarball', () => {
  test('holds only the compiled library, the CLI shim and the package documents', () => {
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/tcr-access\.js|dist\/.+\.(js|d\.ts))$/;
    expect(packed.filter((f) => !allowed.test(f))).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/tcr-access.js']));
  });

  test.each([
    ['.ci', /^\.ci\//],
    ['cdktf.json', /^cdktf\.json$/],
    ['tests', /^test\/|\.test\.(js|d\.ts)$/],
    ['bench', /^bench\//],
    ['tools and vendored seeds', /^tools\//],
    ['examples', /^examples\//],
    ['TypeScript sources', /^lib\/|(?<!\.d)\.ts$/],
    ['docs', /^docs\//],
    ['changesets', /^\.changeset\//],
    ['the packed tarball of an earlier `npm run package`', /\.tgz$/],
  ])('leaves out %s', (_what, pattern) => {
    expect(packed.filter((f) => pattern.test(f))).toEqual([]);
  });

  test('holds every file package.json points at: main, types, bin, exports', () => {
    const targets = declaredTargets();
    expect(targets).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/testing/index.js', 'bin/tcr-access.js']));
    expect(targets.filter((t) => !packed.includes(t))).toEqual([]);
  });
});
