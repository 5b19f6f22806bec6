// The jest matcher example of docs/simulator.md: a test, so it runs as users run it. `npm run docs` copies the region.
import { App, TerraformStack } from 'cdktf';
import { PolicyDocument, PolicyStatement, Effect, RepoReadOnly, TcrDeleteGuardrail, NamespaceAdmin } from '../../lib';
// #region matchers
import { setupTcrMatchers } from '../../lib/testing';

setupTcrMatchers(); // expect.extend with the matchers below; or setupTcrMatchers(expect)
// #endregion matchers

test('the matchers of the docs', () => {
  const stack = new TerraformStack(new App(), 'registry-access');
  const policy = new RepoReadOnly(stack, 'DemoPull', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01', repository: 'repo-demo' });
  const adminDoc = new NamespaceAdmin(stack, 'Admin', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01' }).renderedDocuments()[0];
  const guardDoc = new TcrDeleteGuardrail(stack, 'NoDeletes').renderedDocuments()[0];
  const repo = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-xxxxxxxx/team-01/repo-demo';
  const docText = new PolicyDocument({
    statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepository'], resources: ['qcs::tcr:::repository/tcr-xxxxxxxx/team-01/*'] })],
  }).render();
  // #region matchers

  expect(policy).toAllow('tcr:PullRepository', repo);
  expect(policy).not.toAllow('tcr:PushRepository', repo);
  expect(policy).toDeny('tcr:DeleteRepository', repo); //                  not allowed (explicit or implicit)
  expect([adminDoc, guardDoc]).toExplicitlyDeny('tcr:DeleteRepository', repo);
  expect(docText).toAllow('tcr:PullRepository', repo, { sourceIp: '10.1.2.3', ownerUin: '100000000001' });
  // #endregion matchers
});
