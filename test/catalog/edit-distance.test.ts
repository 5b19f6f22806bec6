import { editDistance } from '../../lib/catalog/edit-distance';

describe('editDistance', () => {
  test.each([
    ['', '', 0], ['abc', '', 3], ['', 'abc', 3], ['kitten', 'sitting', 3],
    ['tcr:pullrepo', 'tcr:pullrepository', 6], ['flaw', 'lawn', 2], ['same', 'same', 0],
  ])('%j → %j is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
