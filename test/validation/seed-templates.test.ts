import { lintPolicy } from '../../lib';
import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { arraysEverywhere } from '../helpers/seed-text';

const OP = 'operation-level-via-wildcard';
const SNA = 'string-not-array';
const REACH = 'nested-repository-reach';

/**
 * The findings of each template as the public API renders it: arrays everywhere. test/golden proves the
 * constructs produce exactly these bytes. No errors; the warnings are the documented ones.
 */
const RENDERED: Record<string, Array<[string, string]>> = {
  'personal-full': [[OP, '/statement/0/action/0']],
  'personal-read-only': [[OP, '/statement/0/action/0']],
  'personal-namespace-admin': [[OP, '/statement/0/action/0']],
  'personal-repo-read-only': [[OP, '/statement/0/action/0']],
  'enterprise-directions': [[OP, '/statement/1/action/0'], [REACH, '/statement/0/resource/0']],
  'preset-tcr-full': [['broad-grant', '/statement/0/action/0']],
  'preset-tcr-read-only': [],
  'enterprise-full': [[OP, '/statement/0/action/0']],
  'enterprise-read-only': [[OP, '/statement/0/action/0']],
  'instance-admin': [[OP, '/statement/0/action/0']],
  'namespace-admin': [[OP, '/statement/0/action/0'], [OP, '/statement/1/action/0']],
  'repo-read-only': [[OP, '/statement/0/action/0'], [REACH, '/statement/0/resource/3']],
  'ccr-create-repository': [],
  'ccr-delete-in-namespaces': [],
  'ccr-manage-namespace-foo': [],
  'ccr-deny-repository-deletes': [],
};

/** The raw seed texts add string-not-array errors where Tencent's examples use strings (the provider rejects them). */
const RAW_EXTRA: Record<string, Array<[string, string]>> = {
  'preset-tcr-full': [[SNA, '/statement/0/resource']],
  'preset-tcr-read-only': [[SNA, '/statement/0/resource']],
  'ccr-create-repository': [[SNA, '/statement/0/action'], [SNA, '/statement/0/resource']],
  'ccr-manage-namespace-foo': [[SNA, '/statement/0/resource']],
  'ccr-deny-repository-deletes': [[SNA, '/statement/0/resource']],
};

const located = (text: string) => lintPolicy(text).map((f) => [f.ruleId, f.path]);
const sorted = (list: Array<[string, string]>) => [...list].sort((a, b) => `${a}`.localeCompare(`${b}`));

describe('the seed templates', () => {
  test('every template has an expectation', () => {
    expect(Object.keys(RENDERED).sort()).toEqual(SEED_TEMPLATES.map((t) => t.id).sort());
  });

  test.each(SEED_TEMPLATES.map((t) => [t.id, t] as const))('%s as rendered: no error, exactly the expected warnings', (id, t) => {
    const findings = lintPolicy(JSON.stringify(arraysEverywhere(JSON.parse(t.json))));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(sorted(findings.map((f) => [f.ruleId, f.path]))).toEqual(sorted(RENDERED[id]));
  });

  test.each(SEED_TEMPLATES.map((t) => [t.id, t] as const))('%s as printed in the seed: exactly the expected findings', (id, t) => {
    expect(sorted(located(t.json) as Array<[string, string]>)).toEqual(sorted([...RENDERED[id], ...(RAW_EXTRA[id] ?? [])]));
  });

  test('the copy in seed 004 that lacks a comma is invalid-json at the spot', () => {
    const broken = SEED_TEMPLATES.find((t) => t.alsoIn?.broken)!.alsoIn!.broken!;
    const [f, ...rest] = lintPolicy(broken);
    expect(rest).toEqual([]);
    // The line after the resource list, which should have ended with a comma.
    const line = broken.split('\n').findIndex((l) => l.startsWith('"effect"')) + 1;
    expect(f).toMatchObject({ ruleId: 'invalid-json', line, column: 1 });
  });
});
