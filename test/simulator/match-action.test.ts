import { ActionPattern } from '../../lib/simulator/private/match-action';
import { NO, UNKNOWN, YES } from '../../lib/simulator/private/truth';

describe('action matching', () => {
  test.each([
    ['tcr:PullRepository', 'tcr:PullRepository', YES],
    ['name/tcr:PullRepository', 'tcr:PullRepository', YES],
    ['name/tcr:*', 'tcr:DeleteRepository', YES],
    ['tcr:Pull*', 'tcr:PullRepositoryPersonal', YES],
    ['tcr:*', 'ccr:push', NO],
    ['*', 'ccr:push', YES],
    // CAM documents neither case-sensitive nor case-insensitive names: a match only ignoring case is unknown.
    ['tcr:pullrepository', 'tcr:PullRepository', UNKNOWN],
    ['TCR:*', 'tcr:PullRepository', UNKNOWN],
    ['tcr:describe*', 'tcr:DescribeImages', UNKNOWN],
    ['tcr:describe*', 'tcr:PullRepository', NO],
    ['ccr:pull', 'ccr:pull', YES],
    ['ccr:Pull', 'ccr:pull', UNKNOWN],
    // A miscased request for a catalog API is no API call: matched exactly.
    ['tcr:Pull*', 'tcr:pullRepository', NO],
    // Tokens and `?` cannot be read exactly: what they may match is unknown.
    ['tcr:Pull${var.x}', 'tcr:PullRepository', UNKNOWN],
    ['tcr:Pull${var.x}', 'tcr:PushRepository', NO],
    ['tcr:Pull?epository', 'tcr:PullRepository', UNKNOWN],
    // A feature set cannot be expanded offline.
    ['permid/280655', 'tcr:PullRepository', UNKNOWN],
  ])('%s ~ %s', (pattern, action, expected) => {
    expect(new ActionPattern(pattern).match(action)).toBe(expected);
  });
});
