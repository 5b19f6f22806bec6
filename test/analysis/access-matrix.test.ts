import { allowOn, INSTANCE, policyDocument, terraform, twoStackApp } from './support/terraform';
import { AccessModel, accessMatrix, PrincipalAccess } from '../../lib/analysis';
import { accessReportHtml, accessReportMarkdown } from '../../lib/cli/format/access-report';

const app = twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' });
const withExtras = terraform({
  tencentcloud_cam_policy: {
    // Login honours qcs:ip; pull does not ("IP Restriction: not supported"), so its cell is unknown, not conditional.
    Office: {
      name: 'office',
      document: policyDocument(
        { ...allowOn(['tcr:PullRepository'], 'payments'), condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
        { effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: [`qcs::tcr:::instance/${INSTANCE}`], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
      ),
    },
    Guard: { name: 'guard', document: policyDocument({ effect: 'deny', action: ['tcr:Delete*'], resource: [`qcs::tcr:::repository/${INSTANCE}/payments/*`] }) },
    Admin: { name: 'admin', document: policyDocument(allowOn(['tcr:*'], 'payments')) },
  },
  tencentcloud_cam_user_policy_attachment: {
    Office: { user_name: 'dev', policy_id: '${tencentcloud_cam_policy.Office.id}' },
    Admin: { user_name: 'ops', policy_id: '${tencentcloud_cam_policy.Admin.id}' },
    Guard: { user_name: 'ops', policy_id: '${tencentcloud_cam_policy.Guard.id}' },
  },
});
const model = AccessModel.fromTerraform([{ file: 'access.tf.json', text: app.access }, { file: 'teams.tf.json', text: app.teams }, { file: 'extras.tf.json', text: withExtras }]);
const matrix = accessMatrix(model);
const payments = matrix.namespaces.find((n) => n.namespace === 'payments')!;
const row = (principal: string) => payments.rows.find((r) => r.principal === principal)!.cells;

describe('the access matrix', () => {
  test('one table per instance and namespace, and one for any other namespace', () => {
    expect(matrix.namespaces.map((n) => `${n.instanceId}/${n.namespace}`)).toEqual([`${INSTANCE}/payments`, `${INSTANCE}/*`]);
  });

  test('each state: allowed (or only some repositories), denied by a guardrail, conditional with its condition', () => {
    expect(row('user:alice').push).toEqual({ state: 'allowed', detail: 'tencentcloud_cam_policy.BreakGlass' });
    expect(row('role:4611686018427922701').push).toEqual({ state: 'allowed', detail: 'only checkout-api' });
    expect(row('user:ops').delete).toEqual({ state: 'guardrail', detail: 'tencentcloud_cam_policy.Guard' });
    expect(row('user:dev').login).toEqual({ state: 'conditional', detail: 'ip_equal qcs:ip ["10.0.0.0/8"]' });
    expect(row('user:dev').pull).toMatchObject({ state: 'unknown', detail: expect.stringContaining('does not list tcr:PullRepository as supporting IP restriction') });
    expect(row('user:dev').push.state).toBe('denied');
  });

  test('every cell agrees with the simulator', () => {
    const ops = PrincipalAccess.of(model.principal('user:ops')!);
    expect(ops.decide({ action: 'tcr:PushRepository', resource: `qcs::tcr:${matrix.region}:uin/${matrix.ownerUin}:repository/${INSTANCE}/payments/any-repository` })).toBe('allow');
    expect(row('user:ops').push.state).toBe('allowed');
  });

  test('markdown and a self-contained HTML page: no script, no network', () => {
    const md = accessReportMarkdown(matrix, 'example');
    expect(md).toContain(`## ${INSTANCE} / payments`);
    expect(md).toContain('| user:dev | conditional (ip_equal qcs:ip ["10.0.0.0/8"]) | unknown (');
    const html = accessReportHtml(matrix, 'example');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    // Nothing the page would fetch (a URL in a cell's text is only text).
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
    expect(html).toContain('<td class="guardrail"><b>denied by guardrail</b>');
  });

  test('a public namespace is a row for anonymous; what no cell accounts for is listed under the tables', () => {
    const extra = terraform({
      tencentcloud_tcr_namespace: { Open: { instance_id: INSTANCE, name: 'payments', is_public: true } },
      tencentcloud_cam_role: { Ci: { name: 'ci', document: '{}' } },
    });
    const withUnread = accessMatrix(AccessModel.fromTerraform([{ file: 'teams.tf.json', text: app.teams }, { file: 'extra.tf.json', text: extra }]));
    const open = withUnread.namespaces.find((n) => n.namespace === 'payments')!.rows.find((r) => r.principal === 'anonymous')!.cells;
    expect(open.pull).toEqual({ state: 'allowed', detail: 'tencentcloud_tcr_namespace.Open' });
    expect(open.push.state).toBe('denied');
    const unread = '`extra.tf.json#tencentcloud_cam_role.Ci`: its trust policy decides who may assume the role, which the analysis does not evaluate';
    expect(accessReportMarkdown(withUnread, 'x')).toContain(`## Not evaluated: these resources may change who may do what\n\n- ${unread}\n`);
    expect(accessReportHtml(withUnread, 'x')).toContain('<li><code>extra.tf.json#tencentcloud_cam_role.Ci</code>: its trust policy');
    expect(accessReportMarkdown(matrix, 'x')).not.toContain('Not evaluated');
  });
});
