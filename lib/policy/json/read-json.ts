import { pointer } from './pointer';
import { findJsonSyntaxError, jsonErrorAt, JsonSyntaxError } from './syntax-error';
import { positionAt, stringEnd } from './text-position';

/**
 * How deep arrays and objects may nest. A CAM policy needs 6 levels (statement, condition, operator,
 * key, values) and a Terraform JSON file about 10; deeper input is refused with an error at the first
 * container past the limit, so no reader, printer or rule ever recurses into it.
 */
export const MAX_JSON_DEPTH = 64;

/** A member name that an object repeats. */
export interface DuplicateMember {
  /** The repeated name. */
  readonly key: string;
  /** JSON pointer of the repeated member, e.g. `/statement/0/effect`. */
  readonly path: string;
  /** 1-based line of the repeat. */
  readonly line: number;
  /** 1-based column of the repeat. */
  readonly column: number;
}

/** A JSON text as the one reader sees it. */
export interface JsonText {
  /** The text as given. */
  readonly text: string;
  /** The parsed value; `undefined` when `error` is set. */
  readonly root?: unknown;
  /** Why the text cannot be read: a syntax error, or nesting deeper than {@link MAX_JSON_DEPTH}. */
  readonly error?: JsonSyntaxError;
  /**
   * Members that an object repeats, each after its first occurrence. RFC 8259 leaves their meaning to
   * the reader (`JSON.parse` keeps the last, other parsers the first): whoever reads them may widen a grant.
   */
  readonly duplicates: readonly DuplicateMember[];
}

/**
 * Reads a JSON text: the value, or the syntax error with line and column; the repeated members; and
 * an error past {@link MAX_JSON_DEPTH}. Never throws, and never recurses (deep input cannot overflow the stack).
 */
export function readJson(text: string): JsonText {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    return { text, error: findJsonSyntaxError(text) ?? fromParseError(text, e), duplicates: [] };
  }
  const shape = measure(root);
  if (shape.tooDeep) return { text, error: depthError(text), duplicates: [] };
  // `JSON.parse` keeps one member per name: the text names more only when some object repeats one.
  const duplicates = shape.members < countMemberNames(text) ? findDuplicates(text) : [];
  return { text, root, duplicates };
}

/** Only if the scanner and `JSON.parse` ever disagree: the position `JSON.parse` reports, if any. */
function fromParseError(text: string, e: unknown): JsonSyntaxError {
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(message);
  return jsonErrorAt(text, position ? Number(position[1]) : text.length, message);
}

/** The number of object members of a parsed value and whether it nests past the limit; iterative. */
function measure(root: unknown): { members: number; tooDeep: boolean } {
  let members = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) return { members, tooDeep: true };
    const children = Array.isArray(value) ? value : Object.values(value as object);
    if (!Array.isArray(value)) members += children.length;
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return { members, tooDeep: false };
}

/** Every string of the text in order (valid JSON has quotes only around strings), with a `:` after a name. */
const STRING = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;

function countMemberNames(text: string): number {
  let count = 0;
  STRING.lastIndex = 0;
  for (let m = STRING.exec(text); m; m = STRING.exec(text)) if (m[1] !== undefined) count++;
  return count;
}

/** The first container past the depth limit, located in the (valid) text. */
function depthError(text: string): JsonSyntaxError {
  let depth = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {i = stringEnd(text, i) - 1;} else if (c === '{' || c === '[') {
      if (++depth > MAX_JSON_DEPTH) break;
    } else if (c === '}' || c === ']') {depth--;}
  }
  return jsonErrorAt(text, i, `arrays and objects nest more than ${MAX_JSON_DEPTH} levels deep (a CAM policy needs 6); the reader stops here`);
}

/** The repeated members of a valid text, with their pointers and positions. */
function findDuplicates(text: string): DuplicateMember[] {
  const out: DuplicateMember[] = [];
  const segments: Array<string | number> = [];
  const names: Array<Set<string> | undefined> = [];
  let expectName = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      segments.push(0);
      names.push(c === '{' ? new Set() : undefined);
      expectName = c === '{';
    } else if (c === '}' || c === ']') {
      segments.pop();
      names.pop();
      // An empty object leaves no name pending: the next string belongs to the enclosing array or object.
      expectName = false;
    } else if (c === ',') {
      const top = names.length - 1;
      if (names[top]) expectName = true;
      else segments[top] = (segments[top] as number) + 1;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (expectName) {
        const key = JSON.parse(text.slice(i, end)) as string;
        const seen = names[names.length - 1]!;
        segments[segments.length - 1] = key;
        if (seen.has(key)) {
          out.push({ key, path: pointer(...segments), ...positionAt(text, i) });
        }
        seen.add(key);
        expectName = false;
      }
      i = end - 1;
    }
  }
  return out;
}
