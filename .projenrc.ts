import * as fs from 'fs';
import { JsonFile, javascript, typescript } from 'projen';

const project = new typescript.TypeScriptProject({
  name: 'cdktf-tcr-access',
  description:
    'CDK for Terraform constructs that write least-privilege Tencent Cloud CAM policies for TCR (Enterprise, Personal) and legacy CCR, with synth-time validation and an offline simulator.',
  keywords: ['cdktf', 'terraform', 'tencentcloud', 'cam', 'tcr', 'iam', 'policy'],
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  github: false,
  // Releases are cut with changesets (see docs/releasing.md): projen's release component assumes GitHub workflows.
  release: false,
  // The registry here lacks the @types/node dist-tag projen asks for below 20.
  minNodeVersion: '20.0.0',
  typescriptVersion: '~5.9.0',

  // The design card wants sources in lib/; compiled output goes to dist/.
  srcdir: 'lib',
  libdir: 'dist',
  entrypoint: 'dist/index.js',
  entrypointTypes: 'dist/index.d.ts',
  // bin/ holds one shim; its entry is declared below under the command's name.
  autoDetectBin: false,
  testdir: 'test',
  sampleCode: false,

  deps: ['commander@^14.0.0'],
  peerDeps: ['cdktf@^0.21.0', 'constructs@^10.4.2'],
  devDeps: [
    'cdktf-cli@^0.21.0',
    '@cdktf/provider-generator@^0.21.0',
    // The provider generator loads jsii-pacmak at runtime.
    'jsii-pacmak',
    'tsx',
    'fast-check@^4',
    'tinybench@^6',
    // The release line: changesets turn .changeset/*.md into a version and CHANGELOG.md (2.x runs on Node 20).
    '@changesets/cli@^2.29.8',
    // Packaging checks of the packed tarball (test/package/).
    'publint@^0.3.25',
    '@arethetypeswrong/cli@^0.18.5',
    // The API reference in docs/api/.
    'typedoc@^0.28.20',
    'typedoc-plugin-markdown@^4.14.1',
  ],

  jestOptions: {
    // A snapshot test must be able to fail: never rewrite snapshots during `npm test`.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      collectCoverage: false,
    },
  },
  eslintOptions: {
    dirs: ['lib'],
    devdirs: ['test', 'tools', 'examples', 'bench'],
    ignorePatterns: ['lib/provider/generated/', 'lib/catalog/generated/', 'dist/', 'cdktf.out/'],
    // Lint fails CI instead of rewriting files in place: `npm run lint:fix` fixes.
    commandOptions: { fix: false },
  },
  gitignore: ['cdktf.out/', 'bench/results.json', '.tmp/'],
  // The tarball is an allowlist (`files` below), so nothing new in the repository ships by accident.
  npmignoreEnabled: false,
});

// changesets writes the released version into package.json; projen would reset it to 0.0.0.
project.package.addVersion(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
// What the package ships; test/package/contents.test.ts checks `npm pack` against it.
project.package.addField('files', ['dist/**/*.js', 'dist/**/*.d.ts', 'bin/tcr-access.js', 'CHANGELOG.md']);

project.addBins({ 'tcr-access': 'bin/tcr-access.js' });
// dist/ is CommonJS; saying so spares Node the guess (publint).
project.package.addField('type', 'commonjs');
project.package.addField('exports', {
  '.': { types: './dist/index.d.ts', default: './dist/index.js' },
  // Jest matchers live apart: importing the library must not require jest.
  './testing': { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' },
  './package.json': './package.json',
});

// ESLint's project service reads the nearest tsconfig.json: give each dev folder its own.
for (const dir of ['tools', 'examples', 'bench']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: { extends: '../tsconfig.json', compilerOptions: { noEmit: true, rootDir: '..' }, include: ['**/*.ts'] },
  });
}

// Tests run the built CLI as a subprocess, so compile first.
project.testTask.prependSpawn(project.compileTask);

project.addTask('synth', {
  description: 'Synthesize the example app into cdktf.out/ (offline, no credentials)',
  exec: 'tsx examples/main.ts',
  env: { CHECKPOINT_DISABLE: '1' },
});
project.addTask('gen:provider', {
  description: 'Regenerate lib/provider/generated from tools/provider-gen/schema.json',
  exec: 'tsx tools/provider-gen/generate.ts',
});
project.addTask('sync:seeds', {
  description: 'Replace every seed in tools/catalog-gen/seeds with the team\'s copy of the same number (../shared/seeds)',
  exec: 'tsx tools/catalog-gen/replace-seed.ts ../shared/seeds',
});
project.addTask('seed:replace', {
  description: 'Replace a vendored page with a new capture: seed:replace -- <NNN_name.txt>... or seed:replace -- --as NNN <file> (docs/catalog.md)',
  steps: [{ exec: 'tsx tools/catalog-gen/replace-seed.ts', receiveArgs: true }],
});
project.addTask('gen:catalog', {
  description: 'Regenerate lib/catalog/generated from the seed documents in tools/catalog-gen/seeds and the API reference list',
  exec: 'tsx tools/catalog-gen/generate.ts',
});
project.addTask('lint:fix', {
  description: 'Run eslint and fix what it can in place (npm test only reports)',
  exec: 'projen eslint --fix',
});
project.addTask('release:version', {
  description: 'Apply the pending changesets: bump the version, write CHANGELOG.md, keep package-lock.json in step',
  steps: [
    { exec: 'changeset version' },
    { exec: 'projen' },
    { exec: 'npm install --package-lock-only --ignore-scripts' },
  ],
});
project.addTask('gen:catalog-snapshot', {
  description: 'After reviewing a catalog change: rewrite test/catalog/catalog.snapshot.md from lib/catalog/generated',
  exec: 'tsx tools/catalog-gen/snapshot.ts',
});
// The API reference: TypeDoc with its markdown plugin, one module per entry point of exports.
// An entry point emitted at compile time from other sources (no lib/ file of its own) documents nothing new.
const apiEntryPoints = Object.entries(project.package.manifest.exports as Record<string, { types?: string }>)
  .filter(([subpath, target]) => subpath !== './package.json' && typeof target.types === 'string')
  .map(([, target]) => target.types!.replace(/^\.\/dist\//, 'lib/').replace(/\.d\.ts$/, '.ts'))
  .filter((source) => fs.existsSync(source));
new JsonFile(project, 'typedoc.json', {
  obj: {
    entryPoints: apiEntryPoints,
    plugin: ['typedoc-plugin-markdown'],
    out: 'docs/api',
    tsconfig: 'tsconfig.json',
    readme: 'none',
    // No source links: they carry the commit, so every commit would change every page.
    disableSources: true,
    excludePrivate: true,
    excludeInternal: true,
    hideGenerator: true,
  },
  // TypeDoc refuses unknown options, projen's "//" marker among them.
  marker: false,
});
project.addTask('docs', {
  description: 'Regenerate docs/rules.md, the snippets and outputs in README.md and docs/ (from examples/), and docs/api/',
  steps: [
    { spawn: 'compile' },
    { exec: 'tsx tools/docs/generate.ts' },
    { exec: 'typedoc --logLevel Error' },
  ],
});
project.addTask('report', {
  description: 'Write the example app\'s access report (cdktf.out/access-report.html and .md) after synthesizing it',
  exec: 'tsx examples/main.ts && tsx tools/report/write.ts',
  env: { CHECKPOINT_DISABLE: '1' },
});
project.addTask('report:check', {
  description: 'Write the example app\'s access report and render it in headless Chromium (apt-get install -y chromium), checking the screenshot',
  exec: 'tsx examples/main.ts && tsx tools/report/check.ts',
  env: { CHECKPOINT_DISABLE: '1' },
});
project.addTask('bench', {
  description: 'Run the benchmarks (not part of npm test); writes bench/results.json',
  exec: 'tsx bench/run.ts',
});

// Projects that resolve types without reading `exports` (cdktf init's template: module CommonJS, no
// moduleResolution, i.e. node10) find the subpath entry points through typesVersions, derived from
// exports so the two never disagree. test/package/types-resolution.test.ts compiles such projects.
const subpathTypes: Record<string, string[]> = {};
for (const [subpath, target] of Object.entries(project.package.manifest.exports as Record<string, unknown>)) {
  const types = (target as { types?: unknown } | null)?.types;
  if (subpath !== '.' && typeof types === 'string') subpathTypes[subpath.replace(/^\.\//, '')] = [types];
}
project.package.addField('typesVersions', { '*': subpathTypes });

project.synth();
