import { positionAt, stringEnd, TextPosition } from './text-position';

/**
 * Where the values at `pointers` start in a valid JSON text: for SARIF regions. Iterative (deeply
 * nested input must not overflow the stack); values deeper than the deepest pointer are not tracked.
 */
export function locatePointers(text: string, pointers: readonly string[]): Map<string, TextPosition> {
  const positions = new Map<string, TextPosition>();
  if (pointers.length === 0) return positions;
  const wanted = new Set(pointers);
  const maxDepth = Math.max(0, ...pointers.map((p) => (p === '' ? 0 : p.split('/').length - 1)));
  const offsets = new Map<string, number>();
  const segments: string[] = [];
  const kinds: Array<'object' | 'array'> = [];
  const indexes: number[] = [];
  let expectKey = false;
  const record = (offset: number) => {
    if (segments.length > maxDepth) return;
    const p = segments.length ? '/' + segments.join('/') : '';
    if (wanted.has(p) && !offsets.has(p)) offsets.set(p, offset);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ':') {
      i++;
      continue;
    }
    if (c === ',') {
      const top = kinds.length - 1;
      if (kinds[top] === 'array') segments[segments.length - 1] = String(++indexes[top]);
      else expectKey = true;
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      kinds.pop();
      indexes.pop();
      segments.pop();
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey) {
        segments[segments.length - 1] = escapeSegment(keyOf(text.slice(i, end)));
        expectKey = false;
      } else {
        record(i);
      }
      i = end;
      continue;
    }
    record(i);
    if (c === '{' || c === '[') {
      kinds.push(c === '{' ? 'object' : 'array');
      indexes.push(0);
      segments.push('0');
      expectKey = c === '{';
      i++;
      continue;
    }
    while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++; // a number, true, false or null
  }
  for (const [p, offset] of offsets) positions.set(p, positionAt(text, offset));
  return positions;
}

/** The key a quoted JSON string spells; on malformed text (never located on purpose) the raw characters. */
function keyOf(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
