import { markersOf, MarkerError, renderMarkers, unmarkedBlocks } from '../../tools/docs/markers';

const PAGE = [
  '# Page',
  '<!-- snippet: examples/x.ts#one -->',
  '```ts',
  'stale();',
  '```',
  '<!-- /snippet -->',
  'text',
  '<!-- output: examples/x.ts#out -->',
  '````console',
  '```inner fence kept as content```',
  '````',
  '<!-- /output -->',
  '',
].join('\n');

describe('doc markers', () => {
  test('rewrite only the marked blocks, keeping fences and everything else byte for byte', () => {
    const rendered = renderMarkers(PAGE, 'page.md', (m) => `${m.kind} ${m.file} ${m.name}\n`);
    expect(rendered).toBe(PAGE.replace('stale();', 'snippet examples/x.ts one').replace('```inner fence kept as content```', 'output examples/x.ts out'));
    expect(markersOf(PAGE, 'page.md').map((m) => [m.kind, m.name, m.line])).toEqual([['snippet', 'one', 2], ['output', 'out', 8]]);
  });

  test('a hand-written block in any language but sh is reported with its line', () => {
    const page = ['```ts', 'code();', '```', '```sh', 'npm test', '```', '```', 'plain', '```', ''].join('\n');
    expect(unmarkedBlocks(page, 'p.md')).toEqual(['p.md:1 ts', 'p.md:7 (no language)']);
    expect(unmarkedBlocks(PAGE, 'page.md')).toEqual([]);
  });

  test.each([
    ['a marker without a fenced block', '<!-- snippet: a.ts#x -->\ntext\n'],
    ['a block without its closing marker', '<!-- snippet: a.ts#x -->\n```ts\nx\n```\ntext\n'],
    ['a closing marker of the other kind', '<!-- snippet: a.ts#x -->\n```ts\nx\n```\n<!-- /output -->\n'],
    ['a stray closing marker', 'text\n<!-- /snippet -->\n'],
  ])('refuse %s', (_what, page) => {
    expect(() => renderMarkers(page, 'p.md', () => '')).toThrow(MarkerError);
  });
});
