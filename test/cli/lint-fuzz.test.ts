import * as fc from 'fast-check';
import { lintFiles } from '../../lib/cli/commands/lint';
import { formatLintJson } from '../../lib/cli/format/lint-json';
import { formatLintSarif } from '../../lib/cli/format/lint-sarif';
import { formatLintText } from '../../lib/cli/format/lint-text';
import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { tempDir } from '../helpers/temp-files';

const SEED = 20261123;
const RUNS = 10_000;
const tmp = tempDir('tcr-fuzz-');
afterAll(() => tmp.cleanup());

const deep = (n: number) => '{"version":"2.0","statement":' + '['.repeat(n) + ']'.repeat(n) + '}';
const NASTY: string[] = [
  '', ' ', 'null', '[]', '{}', '0', '"x"', 'true', '1e400', '-0', '{"version":1e400,"statement":[]}',
  '{"version":"2.0","statement":[{"action":[1e999],"resource":[-1e-999],"effect":"allow"}]}',
  '['.repeat(50_000), deep(50_000), '{"a":'.repeat(30_000),
  '\u0000\u0001\u0002', '\ufeff{"version":"2.0"}', '{"version":"2.0","statement":[{"action":["\ud800"],"resource":["*"],"effect":"allow"}]}',
  '{"__proto__":{"x":1},"version":"2.0","statement":[]}', '{"version":"2.0","statement":null}',
  JSON.stringify({ resource: { tencentcloud_cam_policy: { x: { document: 5 }, y: null, z: { document: '[' } } } }),
  JSON.stringify({ resource: { tencentcloud_cam_policy: [] } }), JSON.stringify({ terraform: {} }),
];

/** Texts that are never a valid policy: random JSON values, random strings and bytes, truncations. */
const malformed = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom(...SEED_TEMPLATES.map((t) => t.json)).chain((t) => fc.nat(t.length - 2).map((n) => t.slice(0, n + 1))),
  fc.constantFrom(...NASTY),
);

/** A seed template with one character deleted or replaced: valid or not, lint must decide without crashing. */
const mutated = fc.constantFrom(...SEED_TEMPLATES.map((t) => t.json)).chain((t) =>
  fc.tuple(fc.nat(t.length - 1), fc.string({ maxLength: 1 })).map(([i, c]) => t.slice(0, i) + c + t.slice(i + 1)));

function lintText(text: string, name: string) {
  const file = tmp.write(name, text);
  const report = lintFiles([file]);
  // Every output format must render without throwing.
  formatLintText(report, true);
  formatLintJson(report);
  formatLintSarif(report, '0.0.0');
  return report;
}

/** The time bound: a hang or a quadratic blow-up on nasty input fails the test. */
const BOUND_MS = 120_000;

describe('lint on random and malformed input (seeded fuzz)', () => {
  let n = 0;

  test(`${RUNS} malformed inputs all end in exit 1, never a throw (seed ${SEED})`, () => {
    fc.assert(
      fc.property(malformed, (text) => {
        const report = lintText(text, `m${n++}.json`);
        // Terraform JSON without policies has nothing to lint (exit 0); everything else fails.
        const nothingToLint = report.results.length === 0 || report.results.every((r) => r.input.skipped);
        expect(report.exitCode).toBe(nothingToLint ? 0 : 1);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, BOUND_MS);

  test(`${RUNS / 10} mutated seed templates exit 1 exactly when an error is found`, () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const report = lintText(text, `x${n++}.json`);
        const errors = report.results.flatMap((r) => r.findings).filter((f) => f.severity === 'error');
        expect(report.exitCode).toBe(errors.length ? 1 : 0);
      }),
      { seed: SEED, numRuns: RUNS / 10 },
    );
  }, BOUND_MS);
});
