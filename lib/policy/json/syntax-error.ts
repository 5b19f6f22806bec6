/**
 * Locates the first JSON syntax error of a text, for `invalid-json` findings with a line and column.
 * `JSON.parse` messages differ between Node versions and often carry no position, so this scanner
 * (RFC 8259, the grammar `JSON.parse` implements) finds it. Iterative: deep nesting cannot overflow the stack.
 */

import { positionAt } from './text-position';

/** Where and why a text is not JSON. */
export interface JsonSyntaxError {
  /** 0-based offset into the text (UTF-16 code units). */
  readonly offset: number;
  /** 1-based line; `\n`, `\r\n` and `\r` end a line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, as editors count. */
  readonly column: number;
  /** What was expected or what is wrong. */
  readonly reason: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error of `text`, or `undefined` when `JSON.parse` accepts it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scan = scanJson(text);
  return scan && at(text, scan.offset, scan.reason);
}

/** The error at `offset` with its line and column. */
export function jsonErrorAt(text: string, offset: number, reason: string): JsonSyntaxError {
  return at(text, Math.max(0, Math.min(offset, text.length)), reason);
}

function at(text: string, offset: number, reason: string): JsonSyntaxError {
  return { offset, ...positionAt(text, offset), reason };
}

type Container = 'object' | 'array';
type State = 'value' | 'key' | 'after';

function scanJson(text: string): { offset: number; reason: string } | undefined {
  const stack: Container[] = [];
  let i = 0;
  let state: State = 'value';
  const fail = (offset: number, reason: string) => ({ offset, reason });
  const skipWs = () => {
    while (i < text.length) {
      const c = text[i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
      i++;
    }
  };

  for (;;) {
    skipWs();
    if (state === 'value') {
      if (i >= text.length) return fail(i, stack.length ? 'unexpected end of input: a value is missing' : 'the text is empty: expected a JSON object');
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipWs();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          stack.push(c === '{' ? 'object' : 'array');
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      const end = c === '"' ? scanString(text, i) : c === '-' || (c >= '0' && c <= '9') ? scanNumber(text, i) : scanLiteral(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after';
    } else if (state === 'key') {
      if (text[i] !== '"') {
        const trailing = text[i] === '}' ? ' (a trailing comma is not allowed)' : '';
        return fail(i, `expected a property name in double quotes, found ${describe(text, i)}${trailing}`);
      }
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      skipWs();
      if (text[i] !== ':') return fail(i, `expected ':' after the property name, found ${describe(text, i)}`);
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? fail(i, `unexpected ${describe(text, i)} after the end of the document`) : undefined;
      const close = top === 'object' ? '}' : ']';
      if (text[i] === ',') {
        i++;
        state = top === 'object' ? 'key' : 'value';
        if (top === 'array') {
          skipWs();
          if (text[i] === ']') return fail(i, "expected a value after ',' (a trailing comma is not allowed)");
        }
      } else if (text[i] === close) {
        i++;
        stack.pop();
      } else {
        return fail(i, `expected ',' or '${close}', found ${describe(text, i)}`);
      }
    }
  }
}

function scanString(text: string, start: number): number | { offset: number; reason: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) return { offset: i, reason: `control character ${describe(text, i)} inside a string; escape it (e.g. \\n)` };
    if (c === 92) {
      const e = text[i + 1];
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, reason: 'invalid \\u escape: four hex digits must follow' };
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.has(e)) return { offset: i, reason: `invalid escape \\${e ?? ''} inside a string` };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, reason: 'unterminated string: the closing double quote is missing' };
}

function scanNumber(text: string, start: number): number | { offset: number; reason: string } {
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  return m && m[0] !== '-' ? start + m[0].length : { offset: start, reason: `invalid number starting with ${describe(text, start)}` };
}

function scanLiteral(text: string, start: number): number | { offset: number; reason: string } {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  const hint = text[start] === "'" ? ' (JSON strings use double quotes)' : text[start] === '\uFEFF' ? ' (a byte order mark: save the file without it)' : '';
  return { offset: start, reason: `unexpected ${describe(text, start)}: expected a value${hint}` };
}

/** A character for a message: printable ones quoted, others as U+XXXX. */
function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the input';
  const code = text.codePointAt(i)!;
  return code >= 0x20 && code !== 0x7f && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfeff
    ? `'${String.fromCodePoint(code)}'`
    : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
