/**
 * Proof that the reviewed snapshot catches every semantic change of a page: for every row of seed 000 and every action of
 * seed 003, each kind of single-field change is applied to the page text in memory, the catalog is regenerated with the real
 * generator, and the snapshot comparison must fail on that row. A control first shows that rewriting rows without changing
 * them leaves the snapshot identical, so a detected change is the mutation and not the rewriting.
 */
import * as fs from 'fs';
import { CCR_SEED, TCR_SEED } from './seed-scan';
import { generateAll, readSeeds, SeedTexts } from '../../tools/catalog-gen/generate';
import { parseApiTables, RawRow } from '../../tools/catalog-gen/parse';
import { renderSnapshot, SNAPSHOT_FILE } from '../../tools/catalog-gen/snapshot';

const SLOW = 120_000; // regenerates the catalog about a thousand times; no timing is asserted
const seeds = readSeeds();
const committed = fs.readFileSync(SNAPSHOT_FILE, 'utf8');
const committedLines = new Set(committed.split('\n'));
const page = seeds[TCR_SEED];
const lines = page.split('\n');
const rows = parseApiTables(page);
const HEADINGS = { write: 'Write operations', read: 'Read operations', list: 'List Operations' } as const;

const snapshotOf = (changed: SeedTexts) => renderSnapshot(generateAll(changed));
const withPage = (text: string): SeedTexts => ({ ...seeds, [TCR_SEED]: text });

/** 0-based first and last line of a row (rows wrap; the last line ends with the IP cell). */
function span(row: RawRow): [number, number] {
  let end = row.line - 1;
  while (!/(?:^|\s)(Supported|not supported)$/.test(lines[end].trim())) end++;
  return [row.line - 1, end];
}

/** The row on one line, as the parser reads it. */
function rowLine(r: Pick<RawRow, 'api' | 'description' | 'granularity' | 'resources' | 'ipRestriction'>): string {
  return [r.api, r.description, r.granularity, r.resources.join(' '), r.ipRestriction].filter((c) => c !== '').join(' ');
}

/** The page with `row` replaced by `replacement` lines (none: removed), optionally inserted under another table's header. */
function pageWith(row: RawRow, replacement: string[], moveTo?: keyof typeof HEADINGS): string {
  const [start, end] = span(row);
  const out = [...lines];
  out.splice(start, end - start + 1, ...(moveTo ? [] : replacement));
  if (moveTo) {
    const heading = out.findIndex((l) => l.trim() === HEADINGS[moveTo]);
    const header = out.findIndex((l, i) => i > heading && l.startsWith('API '));
    out.splice(header + 1, 0, ...replacement);
  }
  return out.join('\n');
}

/** The snapshot lines a change added (changed rows appear here). */
function newLines(snapshot: string): string[] {
  return snapshot.split('\n').filter((l) => !committedLines.has(l));
}

/** Asserts the changed page regenerates and the snapshot comparison fails on the row of `name`. */
function expectCaught(text: string, name: string, what: string): void {
  const snapshot = snapshotOf(withPage(text));
  const caught = snapshot !== committed && newLines(snapshot).some((l) => l.startsWith(`| ${name} |`));
  expect(`${what}: ${caught ? 'caught' : 'missed'}`).toBe(`${what}: caught`);
}

test('control: rewriting every row onto one line without changing it leaves the snapshot identical', () => {
  let text = page;
  for (const row of [...rows].reverse()) {
    const [start, end] = span(row);
    const out = text.split('\n');
    out.splice(start, end - start + 1, rowLine(row));
    text = out.join('\n');
  }
  expect(text).not.toBe(page); // some rows did wrap
  expect(snapshotOf(withPage(text))).toBe(committed);
});

describe('flipping one field of one seed 000 row makes the snapshot comparison fail, for every row', () => {
  test('the API name', () => {
    for (const row of rows) expectCaught(pageWith(row, [rowLine({ ...row, api: `${row.api}Renamed` })]), `tcr:${row.api}Renamed`, `${row.api} renamed`);
  }, SLOW);

  test('the description', () => {
    for (const row of rows) expectCaught(pageWith(row, [rowLine({ ...row, description: `Changed ${row.description}`.trim() })]), `tcr:${row.api}`, `${row.api} description`);
  }, SLOW);

  test('the granularity (a resource-level row becomes operation-level on "*", and the other way round)', () => {
    for (const row of rows) {
      const flipped = row.granularity === 'Resource level'
        ? { ...row, granularity: 'Operation level' as const, resources: ['*'] }
        : { ...row, granularity: 'Resource level' as const };
      expectCaught(pageWith(row, [rowLine(flipped)]), `tcr:${row.api}`, `${row.api} granularity`);
    }
  }, SLOW);

  test('the IP support', () => {
    for (const row of rows) {
      const ip = row.ipRestriction === 'Supported' ? 'not supported' as const : 'Supported' as const;
      expectCaught(pageWith(row, [rowLine({ ...row, ipRestriction: ip })]), `tcr:${row.api}`, `${row.api} IP support`);
    }
  }, SLOW);

  test('a resource template (every resource-level row; an operation-level row has only "*")', () => {
    const resourceLevel = rows.filter((r) => r.granularity === 'Resource level');
    expect(resourceLevel.length).toBeGreaterThan(0);
    for (const row of resourceLevel) {
      const resources = [`${row.resources[0]}/changed`, ...row.resources.slice(1)];
      expectCaught(pageWith(row, [rowLine({ ...row, resources })]), `tcr:${row.api}`, `${row.api} resources`);
    }
  }, SLOW);

  test('the fact that decides the edition (the resource type, or a Personal suffix for operation-level rows), and the edition column follows', () => {
    for (const row of rows) {
      let changed: RawRow;
      let name = `tcr:${row.api}`;
      if (row.granularity === 'Resource level') {
        // Personal `repo/<namespace>/<image>` becomes Enterprise `repository/<instance>/<namespace>/<image>`; Enterprise becomes Personal.
        const swap = (t: string) => (/:repo\//.test(t)
          ? t.replace(/:repo\//, ':repository/${RegistryId}/').replace(/\$\{Repo(?:name|Name|Names)\}/, '${NamespaceName}/${RepositoryName}')
          : t.replace(/:(?:repository|instance)\//, ':repo/'));
        changed = { ...row, resources: row.resources.map(swap) };
      } else {
        // Renamed as well, so the new name is not another row's.
        const api = row.api.endsWith('Personal') ? `${row.api.slice(0, -'Personal'.length)}Changed` : `${row.api}ChangedPersonal`;
        changed = { ...row, api };
        name = `tcr:${api}`;
      }
      expectCaught(pageWith(row, [rowLine(changed)]), name, `${row.api} edition`);
      const before = generateAll(seeds).actions.find((a) => a.name === `tcr:${row.api}`)!;
      const after = generateAll(withPage(pageWith(row, [rowLine(changed)]))).actions.find((a) => a.name === name)!;
      if (!row.api.endsWith('Personal') || row.granularity === 'Operation level') expect(`${name} ${after.edition}`).not.toBe(`${name} ${before.edition}`);
    }
  }, SLOW);

  test('the table (the row moves to the next table)', () => {
    const next = { write: 'read', read: 'list', list: 'write' } as const;
    for (const row of rows) expectCaught(pageWith(row, [rowLine(row)], next[row.table]), `tcr:${row.api}`, `${row.api} moved from ${row.table}`);
  }, SLOW);

  test('a removed row (an API the SDK still names moves to the list outside the CAM pages)', () => {
    for (const row of rows) {
      const generated = generateAll(withPage(pageWith(row, [])));
      expect(generated.actions.some((a) => a.name === `tcr:${row.api}`)).toBe(false);
      expect(renderSnapshot(generated)).not.toBe(committed);
    }
  }, SLOW);
});

describe('changing one CCR action of seed 003 makes the snapshot comparison fail, for every action', () => {
  const ccrText = seeds[CCR_SEED];
  const actions = [...new Set([...ccrText.slice(ccrText.indexOf('Permission List')).matchAll(/ccr:\s*([A-Za-z]+)/g)].map((m) => m[1]))];
  const ccrSnapshot = (text: string) => snapshotOf({ ...seeds, [CCR_SEED]: text });

  test.each(actions)('ccr:%s renamed, removed, or under another resource', (api) => {
    const at = ccrText.indexOf(`ccr:${api}`, ccrText.indexOf('Permission List'));
    const renamed = ccrSnapshot(`${ccrText.slice(0, at)}ccr:${api}Renamed${ccrText.slice(at + `ccr:${api}`.length)}`);
    expect(newLines(renamed).some((l) => l.startsWith(`| ccr:${api}Renamed |`))).toBe(true);

    const lineStart = ccrText.lastIndexOf('\n', at) + 1;
    const lineEnd = ccrText.indexOf('\n', at);
    expect(ccrSnapshot(ccrText.slice(0, lineStart) + ccrText.slice(lineEnd + 1)).split('\n').some((l) => l.startsWith(`| ccr:${api} |`))).toBe(false);

    // The resource line of the action's group gets another template.
    const resourceAt = Math.max(ccrText.lastIndexOf('resource:', at), ccrText.lastIndexOf('resurce:', at));
    const resourceLine = /(?:resource|resurce):\s*(qcs:\S+)/.exec(ccrText.slice(resourceAt))!;
    const moved = `${ccrText.slice(0, resourceAt)}${resourceLine[0]}/changed${ccrText.slice(resourceAt + resourceLine[0].length)}`;
    expect(newLines(ccrSnapshot(moved)).some((l) => l.startsWith(`| ccr:${api} |`))).toBe(true);
  });
});
