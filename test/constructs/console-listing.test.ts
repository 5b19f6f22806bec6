import { AccessLevel, PersonalRepoAccess, RepoReadOnly, RepositoryAccess, RepositoryAccessLevel, simulate, TcrInstanceAccess } from '../../lib';
import { consoleListingActions } from '../../lib/scenarios/console-listing';
import { cleanTestingOutdirs, newStack } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';

describe('consoleListing', () => {
  test('off by default: the seed templates leave the listing APIs denied', () => {
    const docs = new RepoReadOnly(newStack(), 'P', { instanceId: I, namespace: 'ns', repository: 'app' }).renderedDocuments();
    for (const action of consoleListingActions('enterprise')) expect(simulate(docs, { action, resource: '*' }).decision).toBe('implicit-deny');
  });

  test.each([
    ['RepoReadOnly', 'enterprise', () => new RepoReadOnly(newStack(), 'P', { instanceId: I, namespace: 'ns', repository: 'app', consoleListing: true })],
    ['RepositoryAccess', 'enterprise', () => new RepositoryAccess(newStack(), 'P', { instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL, consoleListing: true })],
    ['TcrInstanceAccess', 'enterprise', () => new TcrInstanceAccess(newStack(), 'P', { access: AccessLevel.READ_ONLY, instanceId: I, consoleListing: true })],
    ['PersonalRepoAccess', 'personal', () => new PersonalRepoAccess(newStack(), 'P', { access: AccessLevel.READ_ONLY, namespace: 'ns', repository: 'app', consoleListing: true })],
  ] as const)('%s adds a separate ["*"] statement with the %s listing APIs, and nothing else', (_name, edition, build) => {
    const policy = build();
    const statements = JSON.parse(policy.renderedDocuments()[0]).statement;
    expect(statements[statements.length - 1]).toEqual({ action: consoleListingActions(edition), resource: ['*'], effect: 'allow' });
    const docs = policy.renderedDocuments();
    for (const action of consoleListingActions(edition)) expect(simulate(docs, { action, resource: '*' }).decision).toBe('allow');
    // Listing is not reading: pulling another repository stays denied.
    const other = edition === 'enterprise' ? 'qcs::tcr:::repository/tcr-other99/other/app' : 'qcs::tcr:::repo/other/app';
    const pull = edition === 'enterprise' ? 'tcr:PullRepository' : 'tcr:PullRepositoryPersonal';
    expect(simulate(docs, { action: pull, resource: other }).decision).toBe('implicit-deny');
    expect(policy.lint().filter((f) => f.severity === 'error')).toEqual([]);
  });
});
