import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Users import the packed tarball, not this repository: pack it, install it into fixture projects made
// the way `cdktf init --template=typescript` makes them, and type-check every entry point under each
// module resolution a user may have. npm test compiles dist/ first.
const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
/** The tsconfig.json that `cdktf init --template=typescript` writes, read from the installed cdktf-cli. */
const templateTsconfig = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript', 'tsconfig.json'), 'utf8'),
);
/** The subpaths users import (`exports` minus package.json), e.g. '', '/testing'. */
const entryPoints = Object.keys(manifest.exports).filter((k) => k !== './package.json').map((k) => k.slice(1));

const CONFIGURATIONS: Array<{ name: string; compilerOptions: Record<string, string>; type?: 'module' }> = [
  { name: 'cdktf init template (module CommonJS, no moduleResolution)', compilerOptions: {} },
  { name: 'moduleResolution node16, CommonJS app', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'moduleResolution node16, ESM app', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, type: 'module' },
  { name: 'moduleResolution bundler', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
];

/** Uses every entry point, and the jest matcher types that importing /testing adds. */
const SOURCE = [
  ...entryPoints.map((sub, i) => `import * as entry${i} from 'cdktf-tcr-access${sub}';`),
  "import { App, TerraformStack } from 'cdktf';",
  "import { RepoReadOnly } from 'cdktf-tcr-access';",
  "import { setupTcrMatchers } from 'cdktf-tcr-access/testing';",
  '',
  `export const entryPoints = [${entryPoints.map((_, i) => `entry${i}`).join(', ')}];`,
  'setupTcrMatchers();',
  "test('pull', () => {",
  "  const stack = new TerraformStack(new App(), 'app');",
  "  const policy = new RepoReadOnly(stack, 'Pull', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01', repository: 'app' });",
  "  expect(policy).toAllow('tcr:PullRepository', 'qcs::tcr:::repository/tcr-xxxxxxxx/team-01/app');",
  "  expect(policy).not.toExplicitlyDeny('tcr:PushRepository', 'qcs::tcr:::repository/tcr-xxxxxxxx/team-01/app');",
  '});',
  '',
].join('\n');

// Packing and five tsc runs over cdktf's declarations take tens of seconds on a busy machine.
jest.setTimeout(180_000);

let work: string;
let tarball: string;
let unpacked: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-types-'));
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  tarball = path.join(work, info.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  unpacked = path.join(work, 'package');
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A fixture app with the tarball installed (or `pkg`), its dependencies and the template's @types linked in. */
function fixture(name: string, compilerOptions: Record<string, string>, type?: 'module', pkg = unpacked): string {
  const app = path.join(work, name.replace(/\W+/g, '-'));
  const modules = path.join(app, 'node_modules');
  fs.mkdirSync(path.join(modules, '@types'), { recursive: true });
  fs.cpSync(pkg, path.join(modules, 'cdktf-tcr-access'), { recursive: true });
  const linked = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), '@types/node', '@types/jest'];
  for (const dep of linked) {
    const source = path.join(root, 'node_modules', dep);
    if (fs.existsSync(source)) fs.symlinkSync(source, path.join(modules, dep), 'dir');
  }
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'fixture', private: true, ...(type ? { type } : {}) }));
  const options = { ...templateTsconfig.compilerOptions, ...compilerOptions, noEmit: true, incremental: false };
  const tsconfig = { ...templateTsconfig, compilerOptions: options };
  fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig, undefined, 2));
  fs.writeFileSync(path.join(app, 'main.test.ts'), SOURCE);
  return app;
}

/** tsc's diagnostics for a fixture app, or '' when it type-checks. */
function typeCheck(app: string): string {
  const r = spawnSync(process.execPath, [tsc, '-p', app, '--pretty', 'false'], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() || `tsc exited ${r.status}`;
}

describe('the packed package type-checks in a user project', () => {
  test('the fixture source imports every entry point of exports', () => {
    expect(entryPoints).toEqual(expect.arrayContaining(['', '/testing']));
  });

  test.each(CONFIGURATIONS)('$name', ({ name, compilerOptions, type }) => {
    expect(typeCheck(fixture(name, compilerOptions, type))).toBe('');
  });

  test('the cdktf template fixture does catch a package without typesVersions (TS2307 on /testing)', () => {
    const stripped = path.join(work, 'stripped');
    fs.cpSync(unpacked, stripped, { recursive: true });
    const pkgJson = JSON.parse(fs.readFileSync(path.join(stripped, 'package.json'), 'utf8'));
    delete pkgJson.typesVersions;
    fs.writeFileSync(path.join(stripped, 'package.json'), JSON.stringify(pkgJson));
    const output = typeCheck(fixture('template-without-typesVersions', {}, undefined, stripped));
    expect(output).toContain("error TS2307: Cannot find module 'cdktf-tcr-access/testing'");
  });

  test.each(entryPoints)('entry point "cdktf-tcr-access%s" loads at run time with require and with import', (sub) => {
    const app = fixture(`runtime${sub}`, {});
    const specifier = `cdktf-tcr-access${sub}`;
    execFileSync(process.execPath, ['-e', `require(${JSON.stringify(specifier)})`], { cwd: app });
    execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { cwd: app });
  });
});

describe('packaging linters on the tarball', () => {
  test('@arethetypeswrong/cli finds no problem in any resolution mode', () => {
    const r = spawnSync(bin('attw'), [tarball, '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout);
    expect(report.analysis.problems).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('publint reports no error, warning or suggestion', () => {
    const r = spawnSync(bin('publint'), ['run', tarball, '--level', 'suggestion', '--strict'], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^(Errors|Warnings|Suggestions):/m);
    expect(r.status).toBe(0);
  });
});
