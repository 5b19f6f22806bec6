import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Marker, MarkerError } from './markers';

export const ROOT = path.join(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };

/**
 * The lines of `// #region <name>` … `// #endregion <name>` in a file, dedented, without the lines of
 * other region markers inside it, imports of lib/ written as users write them (`cdktf-tcr-access`).
 * A region may come in several parts (the imports at the top, the body inside a function): they are
 * joined in order.
 */
export function regionOf(file: string, name: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const parts: string[] = [];
  for (let start = 0; ; ) {
    start = text.findIndex((l, i) => i >= start && l.trim() === `// #region ${name}`);
    if (start < 0) break;
    const end = text.findIndex((l, i) => i > start && l.trim() === `// #endregion ${name}`);
    if (end < 0) throw new MarkerError(`${file}:${start + 1}: region "${name}" has no \`// #endregion ${name}\``);
    parts.push(dedent(text.slice(start + 1, end).filter((l) => !/^\s*\/\/ #(end)?region\b/.test(l))));
    start = end + 1;
  }
  if (parts.length === 0) throw new MarkerError(`${file} has no region "${name}": add \`// #region ${name}\` and \`// #endregion ${name}\``);
  return parts.join('\n').split('\n').map((l) => publicImport(file, l)).join('\n');
}

/** The lines with their common indentation removed. */
function dedent(lines: string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/**
 * `from '../../lib'` → `from 'cdktf-tcr-access'`, `'../../lib/testing'` → `'cdktf-tcr-access/testing'`. An
 * import of any other file of lib/ is refused: the docs show only what the package exports.
 */
function publicImport(file: string, line: string): string {
  return line.replace(/(from |import\()'(\.{1,2}\/[^']*)'/g, (whole, keyword: string, specifier: string) => {
    const target = path.relative(path.join(ROOT, 'lib'), path.resolve(ROOT, path.dirname(file), specifier));
    if (target.startsWith('..')) return whole; // a sibling example file, shown as is
    const subpath = target === '' ? '.' : `./${target.split(path.sep).join('/')}`;
    if (!(subpath in PACKAGE.exports)) {
      throw new MarkerError(`${file} imports '${specifier}', which is not an entry point of the package (${Object.keys(PACKAGE.exports).join(', ')})`);
    }
    return `${keyword}'${PACKAGE.name}${subpath.slice(1)}'`;
  });
}

/** What the function `name` exported by the file returns. */
export function outputOf(file: string, name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(path.join(ROOT, file)) as Record<string, unknown>;
  const fn = module[name];
  if (typeof fn !== 'function') throw new MarkerError(`${file} exports no function "${name}" for an output marker`);
  const value: unknown = inTempOutdir(fn as () => unknown);
  if (typeof value !== 'string') throw new MarkerError(`${file}: ${name}() must return the text to show, got ${typeof value}`);
  return value;
}

/**
 * Runs an example with `new App()` writing into a fresh temporary directory (cdktf reads
 * CDKTF_OUTDIR), never into the repository's cdktf.out/.
 */
export function inTempOutdir<T>(fn: () => T): T {
  const previous = process.env.CDKTF_OUTDIR;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-docs-'));
  process.env.CDKTF_OUTDIR = outdir;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** The content of one marker. */
export function markerContent(marker: Marker): string {
  return marker.kind === 'snippet' ? regionOf(marker.file, marker.name) : outputOf(marker.file, marker.name);
}
