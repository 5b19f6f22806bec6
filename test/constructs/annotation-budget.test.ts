// A stack annotates at most FINDING_ANNOTATIONS_PER_STACK warnings and as many suppressed findings, then says
// once where the rest are listed: the frameworks gather annotations in quadratic time. Nothing is lost:
// `tcr-access lint` on the synthesized stack reports every finding, suppressed ones with their reason.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { RepoReadOnly, Suppressions, TencentcloudProvider } from '../../lib';
import { lintFiles } from '../../lib/cli/commands/lint';
import { FINDING_ANNOTATIONS_PER_STACK } from '../../lib/constructs/private/validation-adapter';

const POLICIES = FINDING_ANNOTATIONS_PER_STACK + 20;

function synthesized(suppress: boolean) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-budget-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'teams');
  new TencentcloudProvider(stack, 'tencentcloud');
  // Each RepoReadOnly warns once (nested-repository-reach: the template's `<repository>/*` entry).
  for (let i = 0; i < POLICIES; i++) new RepoReadOnly(stack, `Team${i}`, { instanceId: 'tcr-abcd1234', namespace: `team-${i}`, repository: 'app' });
  if (suppress) Suppressions.of(stack).add({ ruleId: 'nested-repository-reach', reason: 'Teams own every repository below theirs' });
  Suppressions.of(stack).add({ ruleId: 'operation-level-via-wildcard', reason: 'Teams pull with docker, never list in the console' });
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const annotations: Array<{ constructPath: string; level: string; message: string }> = manifest.stacks.teams.annotations;
  const report = lintFiles([path.join(outdir, 'stacks', 'teams', 'cdk.tf.json')]);
  fs.rmSync(outdir, { recursive: true, force: true });
  const findings = report.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'nested-repository-reach');
  return { annotations, findings };
}

const of = (annotations: Array<{ level: string; message: string }>, level: string, text: string) =>
  annotations.filter((a) => a.level === level && a.message.includes(text));

test(`a stack annotates ${FINDING_ANNOTATIONS_PER_STACK} warnings, says once where the rest are, and lint lists them all`, () => {
  const { annotations, findings } = synthesized(false);
  expect(of(annotations, '@cdktf/warn', '[nested-repository-reach]')).toHaveLength(FINDING_ANNOTATIONS_PER_STACK);
  const notes = of(annotations, '@cdktf/warn', `More than ${FINDING_ANNOTATIONS_PER_STACK} warnings in stack teams`);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ constructPath: 'teams' });
  expect(notes[0].message).toContain('tcr-access lint <outdir>/stacks/teams/cdk.tf.json');
  expect(findings).toHaveLength(POLICIES);
  expect(findings.every((f) => f.suppression === undefined)).toBe(true);
});

test('suppressed findings have their own allowance, and lint lists every one with its reason', () => {
  const { annotations, findings } = synthesized(true);
  expect(of(annotations, '@cdktf/warn', '[nested-repository-reach]')).toHaveLength(0);
  expect(of(annotations, '@cdktf/info', '[nested-repository-reach]').length + of(annotations, '@cdktf/info', '[operation-level-via-wildcard]').length)
    .toBe(FINDING_ANNOTATIONS_PER_STACK);
  expect(of(annotations, '@cdktf/info', `More than ${FINDING_ANNOTATIONS_PER_STACK} suppressed findings in stack teams`)).toHaveLength(1);
  expect(findings).toHaveLength(POLICIES);
  expect(findings.every((f) => f.suppression?.reason === 'Teams own every repository below theirs')).toBe(true);
});
