import {
  allActions, getAction, getUndocumentedAction, isUndocumentedApi, matchActions, matchUndocumentedActions, undocumentedActions,
  UNDOCUMENTED_ACTIONS,
} from '../../lib/catalog';
import { TCR_API_REFERENCE } from '../../tools/catalog-gen/api-reference';

const names = () => undocumentedActions().map((a) => a.name);

test('the APIs the audit found outside the CAM page are listed apart, with their source', () => {
  expect(names()).toEqual(expect.arrayContaining([
    'tcr:DeleteImage', 'tcr:DeleteRepositoryTags', 'tcr:DeleteSignaturePolicy', 'tcr:CreateSignaturePolicy', 'tcr:DuplicateImage',
    'tcr:DescribeInstanceAllNamespaces', 'tcr:CheckInstance', 'tcr:CreateTagRetentionExecution', 'tcr:DescribeTagRetentionExecution',
    'ccr:BatchDeleteTag',
  ]));
  expect(getUndocumentedAction('tcr:DeleteImage')).toEqual({
    name: 'tcr:DeleteImage', service: 'tcr', api: 'DeleteImage', url: TCR_API_REFERENCE.url, asOf: TCR_API_REFERENCE.asOf,
  });
});

test('every TCR API of the SDK is either on the CAM page or on the undocumented list, never both', () => {
  for (const api of TCR_API_REFERENCE.apis) {
    const name = `tcr:${api}`;
    expect(`${name} ${getAction(name) ? 'documented' : isUndocumentedApi(name) ? 'undocumented' : 'missing'}`)
      .toBe(`${name} ${getAction(name) ? 'documented' : 'undocumented'}`);
  }
  for (const u of UNDOCUMENTED_ACTIONS) expect(allActions().some((a) => a.name.toLowerCase() === u.name.toLowerCase())).toBe(false);
});

test('lookups: exact, name/-prefixed, case-sensitive; patterns; the catalog lookups never return them', () => {
  expect(isUndocumentedApi('tcr:DeleteImage')).toBe(true);
  expect(isUndocumentedApi('name/tcr:DeleteImage')).toBe(true);
  expect(isUndocumentedApi('tcr:deleteimage')).toBe(false);
  expect(isUndocumentedApi('tcr:PullRepository')).toBe(false);
  expect(isUndocumentedApi('tcr:NoSuchApi')).toBe(false);
  expect(matchUndocumentedActions('tcr:Delete*').map((a) => a.name)).toEqual(['tcr:DeleteImage', 'tcr:DeleteRepositoryTags', 'tcr:DeleteSignaturePolicy']);
  expect(matchUndocumentedActions('ccr:BatchDelete*').map((a) => a.name)).toEqual(['ccr:BatchDeleteTag']);
  expect(matchActions('tcr:DeleteImage')).toEqual([]);
  expect(getAction('tcr:DeleteImage')).toBeUndefined();
  expect(Object.isFrozen(UNDOCUMENTED_ACTIONS) && Object.isFrozen(UNDOCUMENTED_ACTIONS[0])).toBe(true);
});
