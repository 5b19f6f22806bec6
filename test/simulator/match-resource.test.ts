import { ResourcePattern } from '../../lib/simulator/private/match-resource';
import { RequestView } from '../../lib/simulator/private/request-view';
import { NO, UNKNOWN, YES } from '../../lib/simulator/private/truth';

const REPO = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-x/team-01/app';
const match = (pattern: string, resource: string, ownerUin?: string) =>
  new ResourcePattern(pattern).match(new RequestView().load({ action: 'tcr:PullRepository', resource, ownerUin }));

describe('resource matching, segment by segment', () => {
  test.each([
    // `*` alone matches everything, including a request for `*`.
    ['*', REPO, undefined, YES],
    ['*', '*', undefined, YES],
    ['qcs::tcr:::repository/*', '*', undefined, NO],
    // Empty region in the policy: any region. A named region: exactly that one.
    ['qcs::tcr:::repository/tcr-x/team-01/app', REPO, undefined, YES],
    ['qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', REPO, undefined, YES],
    ['qcs::tcr:ap-shanghai::repository/tcr-x/team-01/app', REPO, undefined, NO],
    ['qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', 'qcs::tcr::uin/100000000001:repository/tcr-x/team-01/app', undefined, NO],
    // Empty account: the owner's. Without ownerUin the owner is the request's account.
    ['qcs::tcr:::repository/tcr-x/team-01/app', REPO, '100000000001', YES],
    ['qcs::tcr:::repository/tcr-x/team-01/app', REPO, '200000000002', NO],
    ['qcs::tcr:::repository/tcr-x/team-01/app', 'qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', '200000000002', YES],
    // A named account: exact; a request without account is in ownerUin's account, unknown without it.
    ['qcs::tcr::uin/100000000001:repository/tcr-x/team-01/app', REPO, undefined, YES],
    ['qcs::tcr::uin/200000000002:repository/tcr-x/team-01/app', REPO, undefined, NO],
    ['qcs::tcr::uin/100000000001:repository/tcr-x/team-01/app', 'qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', '100000000001', YES],
    ['qcs::tcr::uin/100000000001:repository/tcr-x/team-01/app', 'qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', '200000000002', NO],
    ['qcs::tcr::uin/100000000001:repository/tcr-x/team-01/app', 'qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app', undefined, UNKNOWN],
    // The service must match.
    ['qcs::ccr:::repository/tcr-x/team-01/app', REPO, undefined, NO],
    // The path: `*` spans `/`; no `*` means exact.
    ['qcs::tcr:::repository/tcr-x/*', REPO, undefined, YES],
    ['qcs::tcr:::repository/tcr-x/team-01/*', REPO, undefined, YES],
    ['qcs::tcr:::repository/tcr-x/team-01/app/*', REPO, undefined, NO],
    ['qcs::tcr:::repository/tcr-x/team-01', REPO, undefined, NO],
    ['qcs::tcr:::repository/tcr-x/team-0', REPO, undefined, NO],
    ['qcs::tcr:::repository/tcr-x/team-0*', REPO, undefined, YES],
    ['qcs::tcr:::repository/tcr-x/*/app', REPO, undefined, YES],
    // Upper case and legacy forms: CAM documents lowercase names and long regions; anything else is unknown.
    ['qcs::tcr:::repository/tcr-x/team-01/APP', REPO, undefined, UNKNOWN],
    ['qcs::tcr:::repository/tcr-x/team-02/APP', REPO, undefined, NO],
    ['qcs::TCR:::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::CCR:::repository/tcr-x/team-01/app', REPO, undefined, NO],
    ['qcs::tcr:gz::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:AP-GUANGZHOU::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr::uin/:repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr::uin/:repository/tcr-x/team-02/app', REPO, undefined, NO],
    ['qcs:prj:tcr:::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:::repo/tcr-x/team-01/app', REPO, undefined, NO],
    ['qcs::tcr:::instance/tcr-x', 'qcs::tcr:ap-guangzhou::instance/tcr-x', undefined, YES],
    ['qcs::tcr:::instance/tcr-x', 'qcs::tcr:ap-guangzhou::instance/tcr-xy', undefined, NO],
    // CCR tags keep ':' inside the sixth segment.
    ['qcs::ccr:::repo/foo/bar:*', 'qcs::ccr:::repo/foo/bar:v1', undefined, YES],
    ['qcs::ccr:::repo/foo/bar:v2', 'qcs::ccr:::repo/foo/bar:v1', undefined, NO],
    // Undocumented forms are unknown (fail-closed), never a plain match.
    ['qcs:::::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:*::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:ap-*::repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:eu-*::repository/tcr-x/team-01/app', REPO, undefined, NO],
    ['qcs::tcr::uin/${uin}:repository/tcr-x/team-01/app', REPO, undefined, UNKNOWN],
    ['qcs::tcr:::repository/${TfToken[TOKEN.1]}/team-01/*', REPO, undefined, UNKNOWN],
    ['qcs::tcr:::repository/${TfToken[TOKEN.1]}/team-02/*', REPO, undefined, NO],
    // A named project must be equal; an empty one matches any.
    ['qcs:7:tcr:::repository/tcr-x/team-01/app', REPO, undefined, NO],
  ])('%s vs %s (ownerUin %s)', (pattern, resource, ownerUin, expected) => {
    expect(match(pattern, resource, ownerUin)).toBe(expected);
  });

  test('the index key is the leading components the pattern fixes', () => {
    expect(new ResourcePattern('qcs::tcr:::repository/tcr-x/team-01/*').bucketKey).toBe('repository/tcr-x/team-01');
    expect(new ResourcePattern('qcs::tcr:::repository/tcr-x/team-01').bucketKey).toBe('repository/tcr-x/team-01');
    expect(new ResourcePattern('qcs::tcr:::repository/tcr-x/team-0*').bucketKey).toBe('repository/tcr-x');
    expect(new ResourcePattern('qcs::tcr:::repo*').bucketKey).toBe('');
    expect(new ResourcePattern('*').bucketKey).toBe('');
    // Compared ignoring case, so filed where every request looks.
    expect(new ResourcePattern('qcs::tcr:::repository/TCR-X/team-01/*').bucketKey).toBe('');
  });

  test('explains an unknown outcome', () => {
    const view = new RequestView().load({ action: 'a', resource: 'qcs::tcr:ap-guangzhou::repository/tcr-x/team-01/app' });
    expect(new ResourcePattern('qcs::tcr::uin/1:repository/*').whyUnknown(view)).toMatch(/neither the resource's account nor ownerUin/);
    expect(new ResourcePattern('qcs::tcr:::repository/${uin}/*').whyUnknown(view)).toMatch(/policy variable or unresolved token/);
  });
});
