import * as fs from 'fs';
import * as path from 'path';
import { allowOn, OWNER, policyDocument, repository, terraform, twoStackApp } from '../analysis/support/terraform';
import { hasStackTrace, runCli, runMain } from '../helpers/cli';
import { tempDir } from '../helpers/temp-files';

const tmp = tempDir('tcr-access-analysis-');
afterAll(() => tmp.cleanup());

/** Writes a synth as cdktf does: <name>/stacks/<stack>/cdk.tf.json. */
function synth(name: string, app: { access: string; teams: string }): string {
  for (const [stack, text] of Object.entries(app)) {
    fs.mkdirSync(path.join(tmp.dir, name, 'stacks', stack), { recursive: true });
    tmp.write(path.join(name, 'stacks', stack, 'cdk.tf.json'), text);
  }
  return path.join(tmp.dir, name);
}

const base = synth('base', twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' }));
const same = synth('same', twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' }));
const wider = synth('wider', twoStackApp({ ciRepos: ['checkout-api', 'ledger-worker'], teamNamespace: 'payments' }));
const unknownDoc = tmp.write('unknown.tf.json', terraform({
  tencentcloud_cam_policy: { P: { name: 'p', document: '${jsonencode(local.p)}' } },
  tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' } },
}));
const knownDoc = tmp.write('known.tf.json', terraform({
  tencentcloud_cam_policy: { P: { name: 'p', document: policyDocument(allowOn(['tcr:PullRepository'], 'payments')) } },
  tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' } },
}));

describe('tcr-access diff: the pull-request gate', () => {
  test('new push for one CI principal: exit 1, that principal, the counterexample (subprocess, cdktf.out folders)', () => {
    const r = runCli(['diff', base, wider]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  role:4611686018427922701:\n');
    expect(r.stdout).toContain(`    + tcr:PushRepository on ${repository('payments', 'ledger-worker')}`);
    expect(r.stdout).not.toContain('user:alice');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('identical synths exit 0', async () => {
    const r = await runMain(['diff', base, same]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No new access in .* \(3 principals\)\.$/m);
  });

  test('anything not compared fails the gate; --allow-unknown turns it into a warning and says so', async () => {
    const r = await runMain(['diff', knownDoc, unknownDoc]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Not compared (1); the gate fails (use --allow-unknown to accept):');
    expect(r.stdout).toMatch(/\? user:alice: tencentcloud_cam_policy.P \$\{jsonencode\(local.p\)\}: its document is not known/);
    const allowed = await runMain(['diff', '--allow-unknown', knownDoc, unknownDoc]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('accepted with --allow-unknown');
  });

  test('--principal limits the gate to the principals named; an unknown one is a usage error', async () => {
    expect((await runMain(['diff', '--principal', 'user:alice', base, wider])).code).toBe(0);
    expect((await runMain(['diff', '--principal', 'role:4611686018427922701', base, wider])).code).toBe(1);
    // A mistyped principal must not pass the gate by comparing nothing.
    const r = await runMain(['diff', '--principal', 'user:nobody', base, wider]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to compare for --principal user:nobody');
  });

  test('--format markdown: a summary for a pull-request comment', async () => {
    const r = await runMain(['diff', '--format', 'markdown', base, wider]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^## tcr-access diff\n\n:x: \*\*New access\*\*/);
    expect(r.stdout).toContain(`| role:4611686018427922701 | \`tcr:PushRepository\` | \`${repository('payments', 'ledger-worker')}\` |  |`);
  });

  test('--format json carries the per-principal changes', async () => {
    const json = JSON.parse((await runMain(['diff', '--format', 'json', base, wider])).stdout);
    expect(json).toMatchObject({ perPrincipal: true, notCompared: [], principals: ['group:${tencentcloud_cam_group.Team.id}', 'role:4611686018427922701', 'user:alice'] });
    expect(json.added[0]).toMatchObject({ principal: 'role:4611686018427922701', ownerUin: OWNER });
  });

  test.each([
    ['an unreadable input', () => ['diff', base, '/nope'], /cannot read \/nope/],
    ['nothing to compare', () => ['diff', tmp.write('empty1.tf.json', '{"terraform":{}}'), tmp.write('empty2.tf.json', '{"terraform":{}}')], /nothing to compare/],
    ['repeated members', () => ['diff', base, tmp.write('dup.tf.json', '{"resource":{},"resource":{}}')], /member "resource" is repeated/],
  ])('%s exits 2 with one line', async (_case, args, message) => {
    const r = await runMain(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('tcr-access report', () => {
  test('markdown on stdout, HTML to a file; input without attachments exits 2', async () => {
    const md = await runMain(['report', base]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## tcr-prod8k2m / payments');
    const out = path.join(tmp.dir, 'report.html');
    const html = await runMain(['report', base, '--format', 'html', '--out', out]);
    expect(html.stdout).toBe(`wrote ${out} (2 namespace tables, 3 principals)\n`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<td class="allowed">/);
    expect((await runMain(['report', tmp.write('plain.json', policyDocument(allowOn(['tcr:PullRepository'], 'payments')))])).code).toBe(2);
  });
});

describe('tcr-access who-can, simulate and explain per principal', () => {
  test('who-can lists the principals allowed, each with the statement', async () => {
    const r = await runMain(['who-can', base, '--action', 'tcr:PushRepository', '--resource', repository('payments', 'checkout-api'), '--owner-uin', OWNER]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 of 3 principals allowed.');
    expect(r.stdout).toMatch(/^ {2}role:4611686018427922701\n {4}allowed by .*teams.*tencentcloud_cam_policy.Ci statement 0/m);
    expect(r.stdout).toMatch(/^ {2}user:alice\n {4}allowed by .*BreakGlass statement 0 \(tcr:\* on \*\)/m);
  });

  test('who-can lists a public namespace as anonymous, and the resources it does not evaluate apart (exit unchanged)', async () => {
    const withRole = tmp.write('role.tf.json', terraform({
      tencentcloud_cam_policy: { P: { name: 'p', document: policyDocument(allowOn(['tcr:PullRepository'], 'payments')) } },
      tencentcloud_cam_role: { Ci: { name: 'ci', document: '{}' } },
      tencentcloud_cam_role_policy_attachment: { A: { role_id: '${tencentcloud_cam_role.Ci.id}', policy_id: '${tencentcloud_cam_policy.P.id}' } },
      tencentcloud_tcr_namespace: { Open: { instance_id: 'tcr-prod8k2m', name: 'payments', is_public: true } },
    }));
    const r = await runMain(['who-can', withRole, '--action', 'tcr:PullRepository', '--resource', repository('payments', 'app'), '--owner-uin', OWNER]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 of 2 principals allowed.');
    expect(r.stdout).toMatch(/^ {2}anonymous\n {4}allowed by .*tencentcloud_tcr_namespace.Open statement 0/m);
    expect(r.stdout).toMatch(/^Not evaluated \(1\): these resources may change who may do what:\n {2}.*role\.tf\.json#tencentcloud_cam_role\.Ci: its trust policy/m);
    const json = JSON.parse((await runMain(['who-can', withRole, '--action', 'tcr:PullRepository', '--resource', repository('payments', 'app'), '--format', 'json'])).stdout);
    expect(json.unread).toEqual([expect.objectContaining({ address: 'tencentcloud_cam_role.Ci' })]);
  });

  test('who-can: an unknown decision fails unless --allow-unknown', async () => {
    const args = ['who-can', unknownDoc, '--action', 'tcr:PullRepository', '--resource', repository('payments', 'x')];
    const r = await runMain(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Unknown for 1 principals:\n  user:alice: Unknown:');
    expect((await runMain([...args, '--allow-unknown'])).code).toBe(0);
  });

  test('simulate decides per principal and --expect checks each', async () => {
    const args = ['simulate', base, '--action', 'tcr:PushRepository', '--resource', repository('payments', 'checkout-api'), '--owner-uin', OWNER];
    const r = await runMain([...args, '--expect', 'allow']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^group:\$\{tencentcloud_cam_group.Team.id\}: implicit-deny$/m);
    expect(r.stdout).toMatch(/^role:4611686018427922701: allow$/m);
    expect(r.stdout).toContain('expected allow: NOT met for group:${tencentcloud_cam_group.Team.id}');
    expect((await runMain([...args, '--expect', 'allow', '--principal', 'user:alice'])).code).toBe(0);
  });

  test('explain shows each principal\'s policies, and the unknown ones', async () => {
    const r = await runMain(['explain', unknownDoc]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^=== user:alice\n\n== UNKNOWN: .*its document is the Terraform expression/m);
    const teams = await runMain(['explain', base, '--principal', 'role:4611686018427922701']);
    expect(teams.stdout).toMatch(/^=== role:4611686018427922701\n\n== .*tencentcloud_cam_policy.Ci\n1 statement;/m);
  });
});
