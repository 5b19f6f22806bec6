import { allow, doc, findingsOf, ruleIds } from '../lint-helpers';

const PULL = ['tcr:PullRepository'];
const REPO = ['qcs::tcr:::repository/tcr-abc123/ns/app'];

describe('invalid-syntax', () => {
  test.each([
    ['null document', 'null', ''],
    ['array document', '[]', ''],
    ['version 2 as a number', JSON.stringify({ version: 2, statement: [allow(PULL, REPO)] }), '/version'],
    ['version 1.0', JSON.stringify({ version: '1.0', statement: [allow(PULL, REPO)] }), '/version'],
    ['no version', JSON.stringify({ statement: [allow(PULL, REPO)] }), ''],
    ['no statement', JSON.stringify({ version: '2.0' }), ''],
    ['statement an object', JSON.stringify({ version: '2.0', statement: allow(PULL, REPO) }), '/statement'],
    ['empty statement list', doc(), '/statement'],
    ['statement not an object', JSON.stringify({ version: '2.0', statement: ['allow'] }), '/statement/0'],
    ['no effect', doc({ action: PULL, resource: REPO }), '/statement/0'],
    ['no action', doc({ effect: 'allow', resource: REPO }), '/statement/0'],
    ['no resource', doc({ effect: 'allow', action: PULL }), '/statement/0'],
    ['effect Allow', doc({ ...allow(PULL, REPO), effect: 'Allow' }), '/statement/0/effect'],
    ['effect grant', doc({ ...allow(PULL, REPO), effect: 'grant' }), '/statement/0/effect'],
    ['capitalised element', doc({ effect: 'allow', Action: PULL, resource: REPO }), '/statement/0/Action'],
    ['unknown element', doc({ ...allow(PULL, REPO), sid: 'x' }), '/statement/0/sid'],
    ['unknown top-level element', JSON.stringify({ version: '2.0', statement: [allow(PULL, REPO)], id: 1 }), '/id'],
    ['action a number', doc({ ...allow(PULL, REPO), action: 3 }), '/statement/0/action'],
    ['empty action list', doc(allow([], REPO)), '/statement/0/action'],
    ['resource entry not a string', doc({ ...allow(PULL, REPO), resource: [REPO[0], 7] }), '/statement/0/resource/1'],
    ['action without service', doc(allow(['PullRepository'], REPO)), '/statement/0/action/0'],
    ['action with spaces', doc(allow([' tcr:PullRepository'], REPO)), '/statement/0/action/0'],
    ['principal a string', doc({ ...allow(PULL, REPO), principal: 'qcs::cam::uin/1:uin/2' }), '/statement/0/principal'],
    ['condition a list', doc({ ...allow(PULL, REPO), condition: [] }), '/statement/0/condition'],
    ['condition operator not an object', doc({ ...allow(PULL, REPO), condition: { ip_equal: '10.0.0.1' } }), '/statement/0/condition/ip_equal'],
  ])('non-compliant: %s', (_case, text, path) => {
    expect(ruleIds(text)).toEqual(['invalid-syntax']);
    expect(findingsOf('invalid-syntax', text).map((f) => f.path)).toContain(path);
  });

  test('the messages say what is allowed', () => {
    expect(findingsOf('invalid-syntax', doc({ ...allow(PULL, REPO), effect: 'Allow' }))[0].message).toContain('Write "allow"');
    expect(findingsOf('invalid-syntax', doc({ effect: 'allow', Action: PULL, resource: REPO }))[0].message).toContain('must be lowercase: write "action"');
    expect(findingsOf('invalid-syntax', JSON.stringify({ version: 2, statement: [allow(PULL, REPO)] }))[0].message)
      .toBe('"version" is a number (2); CAM accepts only the string "2.0".');
  });

  test('compliant: every element, principal and condition well-formed; name/ and permid/ actions', () => {
    const text = doc(
      allow(['name/tcr:PullRepository', 'cos:GetObject', 'permid/280655', '*'], ['*'], {
        principal: { qcs: ['qcs::cam::uin/100000000001:uin/100000000002'] },
        condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } },
      }),
    );
    expect(findingsOf('invalid-syntax', text)).toEqual([]);
  });
});
