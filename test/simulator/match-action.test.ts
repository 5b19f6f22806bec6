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
    // Case-sensitive: CAM documents no folding, and folding would grant more.
    ['tcr:pullrepository', 'tcr:PullRepository', NO],
    ['TCR:*', 'tcr:PullRepository', NO],
    ['tcr:describe*', 'tcr:DescribeImages', NO],
    ['ccr:pull', 'ccr:pull', YES],
    ['ccr:Pull', 'ccr:pull', NO],
    // A feature set cannot be expanded offline.
    ['permid/280655', 'tcr:PullRepository', UNKNOWN],
  ])('%s ~ %s', (pattern, action, expected) => {
    expect(new ActionPattern(pattern).match(action)).toBe(expected);
  });
});
