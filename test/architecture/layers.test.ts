import * as fs from 'fs';
import * as path from 'path';

/**
 * The layers of lib/, lowest first: a module imports only from its own layer or the ones below (data flows
 * one way: catalog → policy model → validation → scenarios, simulator → analysis → framework adapters and CLI).
 * Only the framework adapters (constructs, provider) import cdktf, cdktn or constructs.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['catalog'],
  ['policy'],
  ['validation'],
  ['scenarios', 'simulator'],
  ['analysis'],
  ['provider', 'testing'],
  ['constructs'],
  ['cli'],
  // The CDK Terrain entry point re-exports the root; its build output is emitted from the adapters above.
  ['cdktn'],
];
const FRAMEWORK_ADAPTERS = ['constructs', 'provider'];
const FRAMEWORK_MODULES = /^(cdktf|cdktn|constructs)(\/|$)/;
const LIB = path.join(__dirname, '..', '..', 'lib');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

function layerOf(area: string): number {
  return LAYERS.findIndex((layer) => layer.includes(area));
}

/** The top-level folder of lib/ a file is in ('' for lib/*.ts, the entry points). */
function areaOf(file: string): string {
  const rel = path.relative(LIB, file).split(path.sep);
  return rel.length > 1 ? rel[0] : '';
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

describe('the layers of lib/', () => {
  const files = sources(LIB);

  test('every folder of lib/ has a layer', () => {
    const areas = [...new Set(files.map(areaOf))].filter((a) => a !== '');
    expect(areas.filter((a) => layerOf(a) < 0)).toEqual([]);
  });

  test('imports point down, never up or sideways', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = areaOf(file);
      if (from === '') continue; // the entry points re-export every layer
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const to = areaOf(path.resolve(path.dirname(file), spec) + '.ts');
        if (to === '' || to === from) continue;
        if (layerOf(to) >= layerOf(from)) {
          upward.push(`${path.relative(LIB, file)} imports ${spec} (${from} → ${to})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  test('only the framework adapters import cdktf, cdktn or constructs', () => {
    const offenders = files
      .filter((f) => !FRAMEWORK_ADAPTERS.includes(areaOf(f)))
      .filter((f) => importsOf(f).some((spec) => FRAMEWORK_MODULES.test(spec)))
      .map((f) => path.relative(LIB, f));
    expect(offenders).toEqual([]);
  });

  test('scenarios name rules by importing them, never by a rule id string', () => {
    const offenders = files
      .filter((f) => areaOf(f) === 'scenarios')
      .filter((f) => /ruleId:\s*'/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(LIB, f));
    expect(offenders).toEqual([]);
  });
});
