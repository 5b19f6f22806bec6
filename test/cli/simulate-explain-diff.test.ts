import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { hasStackTrace, runCli, runMain } from '../helpers/cli';
import { renderedSeedTemplate } from '../helpers/seed-text';
import { tempDir } from '../helpers/temp-files';

const tmp = tempDir('tcr-sim-');
const BIN = path.join(__dirname, '..', '..', 'bin', 'tcr-access.js');
afterAll(() => tmp.cleanup());

const seedFile = (id: string) =>
  tmp.write(`${id}.json`, renderedSeedTemplate(id));
const repoReadOnly = seedFile('repo-read-only');
const namespaceAdmin = seedFile('namespace-admin');
const instanceAdmin = seedFile('instance-admin');
const personalRepoReadOnly = seedFile('personal-repo-read-only');
const denyPush = tmp.write('deny-push.json', JSON.stringify({
  version: '2.0',
  statement: [{ action: ['tcr:PushRepository'], resource: ['*'], effect: 'deny' }],
}));
const ipOnly = tmp.write('ip.json', JSON.stringify({
  version: '2.0',
  statement: [{ action: ['tcr:CreateInstanceToken'], resource: ['qcs::tcr:::instance/tcr-xxxxxxxx'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } }, effect: 'allow' }],
}));
const repo = (name: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-xxxxxxxx/team-01/${name}`;
// The login token API honours qcs:ip, so --source-ip decides it.
const login = ['--action', 'tcr:CreateInstanceToken', '--resource', 'qcs::tcr:ap-guangzhou:uin/100000000001:instance/tcr-xxxxxxxx'];

describe('tcr-access simulate', () => {
  test('an unknown decision is shown with what could not be evaluated, and meets no --expect', async () => {
    for (const expectation of ['allow', 'deny']) {
      const r = await runMain(['simulate', ipOnly, ...login, '--expect', expectation]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^decision: unknown$/m);
      expect(r.stdout).toMatch(/^reason: Unknown: document 0 statement 0 \(ip_equal qcs:ip \["10.0.0.0\/8"\]: the request gives no sourceIp\)/m);
      expect(r.stdout).toMatch(/not evaluable: allow .*ip\.json statement 0: ip_equal/);
    }
  });

  test('a closed stdout (| head) ends quietly, without a stack trace', () => {
    const big = tmp.write('big.json', JSON.stringify({
      version: '2.0',
      statement: Array.from({ length: 400 }, (_, i) => ({ effect: 'allow', action: ['tcr:*'], resource: [`qcs::tcr:::repository/tcr-x/ns${i}/*`] })),
    }));
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" explain "${big}" | head -c 10`], { encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });

  test('--expect gates: met exits 0, unmet exits 1 (subprocess)', () => {
    const allowed = runCli(['simulate', repoReadOnly, '--action', 'tcr:PullRepository', '--resource', repo('repo-demo'), '--expect', 'allow']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^decision: allow$/m);
    const pushed = runCli(['simulate', repoReadOnly, '--action', 'tcr:PushRepository', '--resource', repo('repo-demo'), '--expect', 'allow']);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toMatch(/^decision: implicit-deny$/m);
    expect(runCli(['simulate', repoReadOnly, '--action', 'tcr:PushRepository', '--resource', repo('repo-demo'), '--expect', 'deny']).code).toBe(0);
  });

  test('all files count together: an explicit deny in one wins over an allow in another', async () => {
    const r = await runMain(['simulate', namespaceAdmin, denyPush, '--action', 'tcr:PushRepository', '--resource', repo('app'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.decision).toBe('explicit-deny');
    expect(json.matched.map((m: any) => [m.document, m.effect])).toEqual([[namespaceAdmin, 'allow'], [denyPush, 'deny']]);
  });

  test('--source-ip on both sides of the CIDR', async () => {
    const args = ['simulate', ipOnly, ...login, '--expect', 'allow'];
    expect((await runMain([...args, '--source-ip', '10.1.2.3'])).code).toBe(0);
    expect((await runMain([...args, '--source-ip', '11.0.0.1'])).code).toBe(1);
    expect((await runMain(args)).code).toBe(1); // unknown address: the allow never applies (fail-closed)
  });

  test.each([
    [['simulate', repoReadOnly, '--action', 'tcr:PullRepository', '--resource', 'nonsense'], /invalid request/],
    [['simulate', repoReadOnly, '--resource', '*'], /required option '--action <action>'/],
    [['simulate', repoReadOnly, '--action', 'a', '--resource', '*', '--tag', 'novalue'], /--tag "novalue" must be key=value/],
    [['simulate', '/nope.json', '--action', 'a', '--resource', '*'], /cannot read \/nope.json/],
  ])('%j exits 2', async (args, message) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('a malformed document names its file', async () => {
    const bad = tmp.write('bad.json', '{"version":"2.0","statement":[');
    const r = await runMain(['simulate', repoReadOnly, bad, '--action', 'tcr:PullRepository', '--resource', '*']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot evaluate ${bad}`);
  });
});

describe('tcr-access explain', () => {
  test('names the operation-level Personal Describe APIs tcr:Describe* does not grant on specific resources', () => {
    const r = runCli(['explain', personalRepoReadOnly]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tcr:PullRepositoryPersonal');
    expect(r.stdout).toMatch(/operation-level-not-granted.*tcr:DescribeRepositoryPersonal/s);
  });

  test('json form lists the actions with their access table', async () => {
    const r = await runMain(['explain', '--format', 'json', repoReadOnly]);
    const [doc] = JSON.parse(r.stdout);
    const pull = doc.actions.find((a: any) => a.action === 'tcr:PullRepository');
    expect(pull.table).toBe('write');
    expect(doc.actions.some((a: any) => a.action === 'tcr:PushRepository')).toBe(false);
  });
});

describe('tcr-access diff', () => {
  test('a widened policy is new access: exit 1, naming the new actions (subprocess)', () => {
    const r = runCli(['diff', repoReadOnly, namespaceAdmin]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`+ tcr:PushRepository on ${repo('repo-demo')}`);
    expect(r.stdout).toContain(`+ tcr:DeleteRepository on ${repo('repo-demo')}`);
  });

  test('a narrowed or unchanged policy exits 0', async () => {
    expect((await runMain(['diff', instanceAdmin, namespaceAdmin])).code).toBe(0);
    // Not a narrowing: the read-only template describes the whole instance, the namespace admin only DescribeInstance*.
    expect((await runMain(['diff', namespaceAdmin, repoReadOnly])).stdout).toContain('+ tcr:DescribeGCJobs on');
    expect((await runMain(['diff', repoReadOnly, repoReadOnly])).code).toBe(0);
  });

  test('widening to * is found through names neither file mentions', async () => {
    const wide = tmp.write('wide.json', fs.readFileSync(repoReadOnly, 'utf8').replace('/repo-demo/*', '/*'));
    const r = await runMain(['diff', '--format', 'json', repoReadOnly, wide]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.added).toContainEqual({ action: 'tcr:PullRepository', resource: repo('probe-repo'), ownerUin: '100000000001' });
  });

  test('dropping an IP condition is new access (from addresses outside the CIDR)', async () => {
    const r = await runMain(['diff', '--format', 'json', ipOnly, repoReadOnly]);
    const json = JSON.parse(r.stdout);
    expect(json.added).toContainEqual(expect.objectContaining({ action: 'tcr:PullRepository', resource: repo('repo-demo') }));
    expect(r.code).toBe(1);
  });
});
