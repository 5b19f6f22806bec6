/** A JSON pointer (RFC 6901) from path segments: `pointer('statement', 0, 'action')` is `/statement/0/action`. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
