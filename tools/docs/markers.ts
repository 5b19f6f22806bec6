/**
 * The markers that tie a fenced block of a markdown page to the file it comes from, so no code in the
 * docs is written by hand:
 *
 *     <!-- snippet: examples/snippets/quick-start.ts#app -->
 *     ```ts
 *     (the lines between `// #region app` and `// #endregion app` of that file)
 *     ```
 *     <!-- /snippet -->
 *
 *     <!-- output: examples/snippets/quick-start.ts#renderedDocument -->
 *     ```json
 *     (what the function `renderedDocument()` exported by that file returns)
 *     ```
 *     <!-- /output -->
 *
 * `npm run docs` rewrites the block between the markers; test/docs/ fails when a page differs from
 * what it would write. The fence and its language stay as written.
 */

/** One marker pair in a page. */
export interface Marker {
  readonly kind: 'snippet' | 'output';
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The region (snippet) or exported function (output). */
  readonly name: string;
  /** 1-based line of the opening marker, for messages. */
  readonly line: number;
}

const OPEN = /^<!-- (snippet|output): ([\w./-]+)#([\w-]+) -->$/;
const CLOSE = /^<!-- \/(snippet|output) -->$/;
const FENCE = /^(`{3,})(\S*)\s*$/;

/** Thrown for a malformed page: names the page, the line and what to write instead. */
export class MarkerError extends Error {}

/**
 * Rewrites every marked block of `page` with `content(marker)`; the rest is kept byte for byte.
 * `pageName` only serves the error messages.
 */
export function renderMarkers(page: string, pageName: string, content: (marker: Marker) => string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    out.push(lines[i]);
    if (!open) {
      if (CLOSE.test(lines[i])) throw new MarkerError(`${pageName}:${i + 1}: a closing marker without its opening marker`);
      continue;
    }
    const marker: Marker = { kind: open[1] as Marker['kind'], file: open[2], name: open[3], line: i + 1 };
    const fence = FENCE.exec(lines[i + 1] ?? '');
    if (!fence) throw new MarkerError(`${pageName}:${i + 2}: a ${marker.kind} marker must be followed by a fenced block (\`\`\`ts)`);
    const close = lines.findIndex((l, j) => j > i + 1 && l === fence[1]);
    if (close < 0 || !CLOSE.test(lines[close + 1] ?? '') || CLOSE.exec(lines[close + 1])![1] !== marker.kind) {
      throw new MarkerError(`${pageName}:${i + 1}: the fenced block of this ${marker.kind} marker must end with ${fence[1]} and <!-- /${marker.kind} -->`);
    }
    const body = content(marker).replace(/\n+$/, '');
    out.push(lines[i + 1], ...(body ? body.split('\n') : []), lines[close], lines[close + 1]);
    i = close + 1;
  }
  return out.join('\n');
}

/** Every marker of a page, in order. */
export function markersOf(page: string, pageName: string): Marker[] {
  const found: Marker[] = [];
  renderMarkers(page, pageName, (m) => {
    found.push(m);
    return '';
  });
  return found;
}

/**
 * The fenced blocks of a page that no marker produces, as `page:line language`. Blocks in `sh` are
 * commands to type, not code, and may be written by hand.
 */
export function unmarkedBlocks(page: string, pageName: string): string[] {
  const lines = page.split('\n');
  const unmarked: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]);
    if (!fence) continue;
    const close = lines.findIndex((l, j) => j > i && l === fence[1]);
    const marked = i > 0 && OPEN.test(lines[i - 1]);
    if (!marked && fence[2] !== 'sh') unmarked.push(`${pageName}:${i + 1} ${fence[2] || '(no language)'}`);
    if (close < 0) break;
    i = close;
  }
  return unmarked;
}
