import * as fc from 'fast-check';
import { findJsonSyntaxError } from '../../lib';

describe('findJsonSyntaxError', () => {
  test('agrees with JSON.parse on what is JSON', () => {
    const nearJson = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v, undefined, 1)),
      // Damage valid JSON in one place: drop, duplicate or replace a character.
      fc.tuple(fc.jsonValue().map((v) => JSON.stringify(v)), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '\\', '\n', "'", 'x'))
        .map(([text, i, c]) => text.slice(0, i % (text.length + 1)) + c + text.slice((i % (text.length + 1)) + 1)),
    );
    fc.assert(fc.property(nearJson, (text) => {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      return (findJsonSyntaxError(text) === undefined) === parses;
    }), { numRuns: 5_000 });
  });

  test.each([
    ['{"a": 1,}', 1, 9, 'trailing comma'],
    ['{\n  "a" 1\n}', 2, 7, "expected ':'"],
    ['[1,]', 1, 4, 'trailing comma'],
    ['{"a": "x\ny"}', 1, 9, 'control character U+000A'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['{"a": "open', 1, 7, 'unterminated string'],
    ['{"a": -}', 1, 7, 'invalid number'],
    ['{} {}', 1, 4, 'after the end of the document'],
    ['\r\n\r\n  x', 3, 3, "unexpected 'x'"],
  ])('%j: line %i, column %i', (text, line, column, reason) => {
    const e = findJsonSyntaxError(text);
    expect(e).toMatchObject({ line, column });
    expect(e?.reason).toContain(reason);
  });
});
