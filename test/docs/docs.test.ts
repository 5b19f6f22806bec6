import * as fs from 'fs';
import * as path from 'path';
import { markersOf, unmarkedBlocks } from '../../tools/docs/markers';
import { API_DIR, docPages, expectedPage, GENERATED_PAGES } from '../../tools/docs/pages';
import { inTempOutdir, ROOT } from '../../tools/docs/snippet-source';

// The README and docs/ are generated or checked from code that runs here (tools/docs/markers.ts): a page
// that differs from what `npm run docs` would write fails, naming the command that fixes it.
const pages = docPages();
const read = (page: string) => fs.readFileSync(path.join(ROOT, page), 'utf8');
/** Files whose examples the docs show: everything in these folders must be shown somewhere. */
const EXAMPLE_DIRS = ['examples/snippets', 'examples/cli'];

// Snippet files synthesize apps and run the CLI; on a busy machine that takes a while.
jest.setTimeout(120_000);

describe('README.md and docs/', () => {
  test('the page list holds the README, the docs and the generated rules page', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', ...Object.keys(GENERATED_PAGES)]));
  });

  test.each(pages)('%s is what `npm run docs` writes', (page) => {
    expect(read(page)).toBe(expectedPage(page));
  });

  test.each(pages)('%s has no code block that is not copied from a file `npm test` runs', (page) => {
    expect(unmarkedBlocks(read(page), page)).toEqual([]);
  });

  test('the README is a front page: at most 12 KB', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(12 * 1024);
  });

  test('docs/cli.md has a section for every command of `tcr-access --help`', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { programHelp } = require('../../examples/cli/transcripts') as { programHelp: () => string };
    const commands = programHelp().split('Commands:')[1].split('\n').map((l) => /^ {2}([a-z-]+) /.exec(l)?.[1]).filter((c) => c && c !== 'help');
    const sections = read('docs/cli.md').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(commands.length).toBeGreaterThan(4);
    expect(sections).toEqual(expect.arrayContaining(commands));
  });

  test('the README constructs table lists every construct class the library exports', () => {
    const dir = path.join(ROOT, 'lib', 'constructs');
    const classes = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^export class (\w+)/gm)].map((m) => m[1]))
      .filter((name) => name !== 'Suppressions');
    const table = read('README.md').split('\n').filter((l) => l.startsWith('| `')).map((l) => /^\| `(\w+)`/.exec(l)![1]);
    expect(classes.length).toBeGreaterThan(5);
    expect(table.sort()).toEqual(classes.sort());
  });
});

describe('links', () => {
  test.each(pages)('every relative link of %s resolves inside the repository', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  test('every relative link of the generated API reference resolves', () => {
    const api = walk(API_DIR);
    expect(api).toContain(`${API_DIR}/README.md`);
    expect(api.flatMap(brokenLinks)).toEqual([]);
  });

  test('the checker catches a missing file and a missing heading', () => {
    expect(linkProblems('docs/x.md', '[a](nope.md) [b](constructs.md#no-such-heading) [c](constructs.md#attachments) [d](https://x.y/z)'))
      .toEqual(['docs/x.md: nope.md', 'docs/x.md: constructs.md#no-such-heading']);
  });
});

describe('the examples the docs show', () => {
  // session.ts is the transcripts' runner, run through them.
  const exampleFiles = EXAMPLE_DIRS.flatMap((dir) => walk(dir)).filter((f) => f.endsWith('.ts') && f !== 'examples/cli/session.ts');
  const shown = new Set(pages.flatMap((page) => markersOf(read(page), page).map((m) => m.file)));

  test.each(exampleFiles)('%s runs: every exported function returns without throwing', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(ROOT, file)) as Record<string, unknown>;
    const functions = Object.entries(module).filter(([, v]) => typeof v === 'function') as Array<[string, () => unknown]>;
    expect(functions.length).toBeGreaterThan(0);
    for (const [, fn] of functions) inTempOutdir(() => fn());
  });

  test.each(exampleFiles)('%s is shown by a page', (file) => {
    expect(shown.has(file)).toBe(true);
  });
});

/** Markdown files under a folder of the repository, relative to the root. */
function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? walk(rel) : /\.(md|ts)$/.test(e.name) ? [rel] : [];
  });
}

function brokenLinks(page: string): string[] {
  return linkProblems(page, read(page));
}

/** Relative links of a page whose file, or heading anchor in a markdown file, does not exist. */
function linkProblems(page: string, text: string): string[] {
  const problems: string[] = [];
  const withoutCode = text.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/`[^`\n]*`/g, '');
  for (const [, target] of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
    const [file, anchor] = target.split('#');
    const resolved = file ? path.join(path.dirname(page), decodeURIComponent(file)) : page;
    const abs = path.join(ROOT, resolved);
    if (!fs.existsSync(abs)) {
      problems.push(`${page}: ${target}`);
    } else if (anchor && resolved.endsWith('.md') && !anchorsOf(fs.readFileSync(abs, 'utf8')).has(anchor)) {
      problems.push(`${page}: ${target}`);
    }
  }
  return problems;
}

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to '-', repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const withoutCode = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const [, id] of markdown.matchAll(/<a (?:id|name)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}
