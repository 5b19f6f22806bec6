import fc from 'fast-check';
import { explain, lintPolicy, PolicyDocumentError, simulate } from '../../lib';
import { MAX_JSON_DEPTH, readJson } from '../../lib/policy/json/read-json';

const REQUEST = { action: 'tcr:PullRepository', resource: '*' };

/** Lint's findings of the one reader's two refusals, and whether the simulator and explain refuse the text too. */
function readings(text: string) {
  const findings = lintPolicy(text).filter((f) => f.ruleId === 'invalid-json' || (f.ruleId === 'invalid-syntax' && f.message.includes('more than once')));
  const refuses = (fn: () => unknown) => {
    try {
      fn();
      return false;
    } catch (e) {
      if (!(e instanceof PolicyDocumentError)) throw e;
      return true;
    }
  };
  return { findings, simulator: refuses(() => simulate([text], REQUEST)), explain: refuses(() => explain(text)) };
}

describe('the one JSON reader', () => {
  test.each([
    ['two "effect"', '{"version":"2.0","statement":[{"effect":"deny","effect":"allow","action":["tcr:*"],"resource":["*"]}]}', '/statement/0/effect', 'effect'],
    ['two "statement"', '{"version":"2.0","statement":[{"effect":"deny","action":["tcr:*"],"resource":["*"]}],"statement":[]}', '/statement', 'statement'],
    ['a spelling with an escape', '{"version":"2.0","statement":[{"effect":"deny","eff\\u0065ct":"allow","action":["tcr:*"],"resource":["*"]}]}', '/statement/0/effect', 'effect'],
    ['inside a condition', '{"version":"2.0","statement":[{"effect":"allow","action":["tcr:*"],"resource":["*"],"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"],"qcs:ip":["0.0.0.0/0"]}}}]}', '/statement/0/condition/ip_equal/qcs:ip', 'qcs:ip'],
  ])('a repeated member (%s) is an error for lint and refused by the simulator and explain', (_case, text, path, key) => {
    expect(readJson(text).duplicates).toEqual([expect.objectContaining({ key, path })]);
    const r = readings(text);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'invalid-syntax', severity: 'error', path, value: key })]);
    expect(r.simulator).toBe(true);
    expect(r.explain).toBe(true);
  });

  test('the same name in different objects is no repeat', () => {
    const text = '{"version":"2.0","statement":[{"effect":"allow","action":["tcr:*"],"resource":["*"]},{"effect":"deny","action":["tcr:*"],"resource":["*"]}]}';
    expect(readJson(text).duplicates).toEqual([]);
    expect(readings(text)).toEqual({ findings: [], simulator: false, explain: false });
  });

  test('an empty object inside an array leaves no member name pending', () => {
    // Found by the property test below: the string after `{}` is an array element, not a member name.
    const text = '{"version":"2.0","statement":[{"effect":[{},""],"effect":[{},""]}]}';
    expect(readJson(text).duplicates).toEqual([expect.objectContaining({ key: 'effect', path: '/statement/0/effect' })]);
    expect(readJson('{"a":[{},"b"],"c":[[],{}]}').duplicates).toEqual([]);
  });

  test('a member name inside a string value is not counted', () => {
    const text = '{"version":"2.0","statement":[{"effect":"allow","action":["tcr:\\"effect\\":"],"resource":["*"]}]}';
    expect(readJson(text).duplicates).toEqual([]);
  });

  test('property: a generated document with one member repeated is refused by lint and simulator alike', () => {
    const key = fc.constantFrom('effect', 'action', 'resource', 'condition', 'version', 'statement', 'qcs:ip', 'ip_equal');
    const value = fc.oneof(fc.constantFrom('"allow"', '"deny"', '["tcr:*"]', '["*"]', '{}', '"2.0"', '[]'), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)));
    const object = fc.uniqueArray(key, { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(object, value, fc.nat(), fc.boolean(), (keys, v, pick, repeat) => {
      const members = keys.map((k) => `${JSON.stringify(k)}:${v}`);
      if (repeat) members.push(`${JSON.stringify(keys[pick % keys.length])}:${v}`);
      const statement = `{${members.join(',')}}`;
      const text = `{"version":"2.0","statement":[${statement}]}`;
      const r = readings(text);
      const found = readJson(text).duplicates.length > 0;
      return found === repeat && (r.findings.length > 0) === repeat && (!repeat || r.simulator);
    }), { numRuns: 2_000 });
  });

  test.each([MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 200_000])('nesting %i levels deep: the documented error, never a RangeError', (depth) => {
    // The statement's condition value holds the nesting: 5 levels of document around it.
    const inner = depth - 5;
    const text = `{"version":"2.0","statement":[{"effect":"allow","action":["tcr:PullRepository"],"resource":["*"],"condition":{"ip_equal":{"qcs:ip":${'['.repeat(inner)}${']'.repeat(inner)}}}}]}`;
    const tooDeep = depth > MAX_JSON_DEPTH;
    expect(readJson(text).error !== undefined).toBe(tooDeep);
    const r = readings(text);
    if (tooDeep) {
      expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'invalid-json', message: expect.stringContaining(`nest more than ${MAX_JSON_DEPTH} levels deep`) })]);
      expect(r.simulator).toBe(true);
      expect(r.explain).toBe(true);
    } else {
      expect(r.findings).toEqual([]);
    }
  });

  test('deep nesting in every element the simulator reads gives its error, not a RangeError', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const element of ['action', 'resource', 'effect', 'condition', 'principal']) {
      const text = `{"version":"2.0","statement":[{"effect":"allow","action":["tcr:*"],"resource":["*"],"${element}":${deep}}]}`;
      expect(() => simulate([text], REQUEST)).toThrow(PolicyDocumentError);
      expect(lintPolicy(text)[0]).toMatchObject({ ruleId: 'invalid-json', line: 1 });
    }
  });
});
