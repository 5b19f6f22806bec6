/**
 * The reviewed per-row snapshot of the catalog (catalog.snapshot.md). `npm test` only compares: after `npm run gen:catalog`
 * changes the catalog, this fails until a reviewer accepts the diff with `npm run gen:catalog-snapshot` (docs/catalog.md).
 */
import * as fs from 'fs';
import { CATALOG_ACTIONS, CATALOG_SOURCES, UNDOCUMENTED_ACTIONS } from '../../lib/catalog';
import { renderSnapshot, SNAPSHOT_FILE } from '../../tools/catalog-gen/snapshot';

test('the committed catalog matches the reviewed snapshot, line by line', () => {
  const actual = renderSnapshot({ sources: CATALOG_SOURCES, actions: CATALOG_ACTIONS, undocumented: UNDOCUMENTED_ACTIONS }).split('\n');
  const committed = fs.readFileSync(SNAPSHOT_FILE, 'utf8').split('\n');
  // Line by line, so a failure names the changed rows; then whole, so reordering or length changes fail too.
  const changed = actual.filter((line) => !committed.includes(line));
  expect({ changedOrNewLines: changed }).toEqual({ changedOrNewLines: [] });
  expect(actual).toEqual(committed);
});

test('the snapshot has one line per action and per API outside the CAM pages', () => {
  const text = fs.readFileSync(SNAPSHOT_FILE, 'utf8');
  for (const a of CATALOG_ACTIONS) expect(text.split('\n').filter((l) => l.startsWith(`| ${a.name} |`))).toHaveLength(1);
  for (const u of UNDOCUMENTED_ACTIONS) expect(text.split('\n').filter((l) => l.startsWith(`| ${u.name} |`))).toHaveLength(1);
});
