import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { hasStackTrace, runCli } from '../helpers/cli';
import { arraysEverywhere } from '../helpers/seed-text';
import { tempDir } from '../helpers/temp-files';

const tmp = tempDir('tcr-lint-');
afterAll(() => tmp.cleanup());

const seedFiles = SEED_TEMPLATES.map((t) => tmp.write(`${t.id}.json`, JSON.stringify(arraysEverywhere(JSON.parse(t.json)), undefined, 2)));
const typo = tmp.write('typo.json', '{"version":"2.0","statement":[{"action":["tcr:PullRepo"],"resource":["*"],"effect":"allow"}]}');
const broad = tmp.write('broad.json', '{"version":"2.0","statement":[{"action":["tcr:*"],"resource":["*"],"effect":"allow"}]}');
const tfJson = tmp.write('cdk.tf.json', JSON.stringify({
  terraform: { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud' } } },
  resource: {
    tencentcloud_cam_policy: {
      good: { name: 'good', document: '{"version":"2.0","statement":[{"action":["tcr:PullRepository"],"resource":["qcs::tcr:::repository/${var.instance}/ns/app"],"effect":"allow"}]}' },
      bad: { name: 'bad name', document: '{"version":"2.0","statement":[{"action":["tcr:Pul"],"resource":["*"],"effect":"allow"}]}' },
      encoded: { name: 'encoded', document: '${jsonencode({version = "2.0"})}' },
    },
  },
}));

describe('tcr-access lint', () => {
  test('the seed templates (arrays, as the constructs write them) exit 0', () => {
    const r = runCli(['lint', ...seedFiles]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/16 document\(s\) linted: 0 error\(s\)/);
  });

  test('a typo\'d action exits 1 naming unknown-action and the suggestion', () => {
    const r = runCli(['lint', typo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${typo}:/statement/0/action/0: error unknown-action`);
    expect(r.stdout).toContain('Did you mean "tcr:PullRepository"');
  });

  test('warnings alone exit 0, and 1 with --strict', () => {
    expect(runCli(['lint', broad]).code).toBe(0);
    expect(runCli(['lint', '--strict', broad]).code).toBe(1);
  });

  test('Terraform JSON: every tencentcloud_cam_policy is linted, interpolations are placeholders or skipped', () => {
    const r = runCli(['lint', '--format', 'json', tfJson]);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.stdout);
    expect(entries.map((e: any) => [e.resource, e.ruleId])).toEqual([
      ['tencentcloud_cam_policy.bad', 'unknown-action'],
      ['tencentcloud_cam_policy.bad', 'invalid-policy-name'],
      ['tencentcloud_cam_policy.encoded', 'skipped'],
    ]);
    for (const e of entries) {
      const shape = { file: tfJson, pointer: expect.any(String), severity: expect.any(String), message: expect.any(String) };
      expect(e).toEqual(expect.objectContaining(shape));
    }
  });

  test('SARIF 2.1.0 has the required fields and a region for each result', () => {
    const r = runCli(['lint', '--format', 'sarif', typo, broad]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('tcr-access');
    expect(run.tool.driver.rules.map((x: any) => x.id)).toContain('unknown-action');
    expect(run.results.map((x: any) => x.ruleId)).toEqual(['unknown-action', 'broad-grant']);
    for (const result of run.results) {
      expect(result.message.text).toEqual(expect.any(String));
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toEqual(expect.any(String));
      expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: expect.any(Number) });
    }
    expect(run.results[0].locations[0].physicalLocation.region.startColumn).toBe('{"version":"2.0","statement":[{"action":['.length + 1);
  });

  test('malformed JSON is a finding with line and column, exit 1', () => {
    const file = tmp.write('broken.json', '{\n  "version": "2.0",\n  "statement": [\n');
    const r = runCli(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${file}:4:1: error invalid-json`));
  });

  test.each([
    [['lint'], /missing required argument/],
    [['lint', '/nonexistent/policy.json'], /cannot read \/nonexistent\/policy.json: no such file/],
    [['lint', '--format', 'xml', 'x.json'], /Allowed choices are text, json, sarif/],
  ])('%j exits 2 with one line and no stack trace', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
