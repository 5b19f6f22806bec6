/**
 * Parses the three tables (Write, Read, List) of seed 000, the TCR "CAM-enabled API" page, into raw rows.
 * A row is `API  Description  Granularity  Resource...  IPRestriction`. Cells are only separated by whitespace
 * and some rows wrap onto several lines, so a row is anchored on its granularity cell (`Resource level` /
 * `Operation level`) and ends with its IP cell (`Supported` / `not supported`); column widths mean nothing.
 */
import type { AccessTable } from '../../lib/catalog/types';

/** One table row exactly as documented (no normalization yet). */
export interface RawRow {
  readonly table: AccessTable;
  readonly api: string;
  /** Empty when the seed gives none. */
  readonly description: string;
  readonly granularity: 'Resource level' | 'Operation level';
  /** The resource cell split on whitespace: one or more templates, or `*`. */
  readonly resources: readonly string[];
  readonly ipRestriction: 'Supported' | 'not supported';
  /** 1-based line of the row's first line, for error messages. */
  readonly line: number;
}

const TABLE_HEADINGS: ReadonlyArray<[RegExp, AccessTable]> = [
  [/^Write operations$/i, 'write'],
  [/^Read operations$/i, 'read'],
  [/^List operations$/i, 'list'],
];
/** The columns of every API table, in order; the column header is these names separated by whitespace. */
export const COLUMNS: readonly string[] = ['API', 'API Description', 'Authorization Granularity', 'Six-segment Resource Description', 'IP Restriction'];
// A table's column header: it starts with the API column and names one of the others. Row lines start with an API name instead.
const TABLE_HEADER = /^API\s.*(?:Granularity|Resource|IP Restriction)/;
const ROW_END = /(?:^|\s)(Supported|not supported)$/;
const ROW = /^(\S+)\s+(?:(.*?)\s+)?(Resource level|Operation level)\s+(.+?)\s+(Supported|not supported)$/;
const API_NAME = /^[A-Z][A-Za-z0-9]+$/;
// A resource cell holds six-segment templates or `*`; anything else means two rows ran together.
const RESOURCE = /^(?:\*|qcs:\S*)$/;

/**
 * Parses the Write/Read/List tables of seed 000; throws on anything it does not understand: a table under a heading it does
 * not know, a column it does not know or misses, a row it cannot read.
 */
export function parseApiTables(text: string): RawRow[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const rows: RawRow[] = [];
  const seen = new Set<AccessTable>();
  for (let i = 0; i < lines.length; i++) {
    const known = TABLE_HEADINGS.find(([re]) => re.test(lines[i]))?.[1];
    if (!known && TABLE_HEADER.test(lines[i])) {
      throw new Error(`seed 000 line ${i + 1}: unknown table heading "${headingBefore(lines, i)}" above an API table `
        + '(known: Write operations, Read operations, List Operations). Map it to an access table in TABLE_HEADINGS (tools/catalog-gen/parse.ts).');
    }
    if (!known) continue;
    if (seen.has(known)) throw new Error(`seed 000: table "${lines[i]}" appears twice (line ${i + 1})`);
    seen.add(known);
    i = parseTable(lines, i + 1, known, rows);
  }
  for (const [, table] of TABLE_HEADINGS) {
    if (!seen.has(table)) throw new Error(`seed 000: no ${table} table found`);
  }
  return rows;
}

/** Throws naming every column of a table header that is not in {@link COLUMNS}, or a column it lacks, or the wrong order. */
export function checkColumns(header: string, table: AccessTable, line: number): void {
  let rest = header.replace(/\s+/g, ' ').trim();
  for (let c = 0; c < COLUMNS.length; c++) {
    const column = COLUMNS[c];
    if (rest === column || rest.startsWith(`${column} `)) {
      rest = rest.slice(column.length).trim();
      continue;
    }
    // Text before the next known column is a column the generator does not know.
    const at = COLUMNS.slice(c).map((k) => ` ${rest} `.indexOf(` ${k} `)).find((p) => p >= 0);
    const unknown = at === undefined ? rest : rest.slice(0, Math.max(0, at - 1)).trim();
    if (unknown) {
      throw new Error(`seed 000 line ${line}: unknown column "${unknown}" in the ${table} table header "${header}" `
        + `(known: ${COLUMNS.join(' | ')}). Teach tools/catalog-gen/parse.ts to read it.`);
    }
    throw new Error(`seed 000 line ${line}: the ${table} table header "${header}" lacks the column "${column}" (expected: ${COLUMNS.join(' | ')}).`);
  }
  if (rest) {
    throw new Error(`seed 000 line ${line}: unknown column "${rest}" in the ${table} table header "${header}" `
      + `(known: ${COLUMNS.join(' | ')}). Teach tools/catalog-gen/parse.ts to read it.`);
  }
}

/** The nearest non-empty line above line `i`. */
function headingBefore(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (lines[j] !== '') return lines[j];
  return '';
}

/** Reads one table starting after its heading; returns the index of the line that ended it. */
function parseTable(lines: readonly string[], start: number, table: AccessTable, out: RawRow[]): number {
  let i = start;
  while (i < lines.length && lines[i] === '') i++;
  if (!TABLE_HEADER.test(lines[i] ?? '')) throw new Error(`seed 000: ${table} table has no column header at line ${i + 1}`);
  checkColumns(lines[i], table, i + 1);
  i++;
  let buffer: string[] = [];
  let first = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      if (buffer.length > 0) throw new Error(`seed 000: unterminated row at line ${first + 1}: ${buffer.join(' ')}`);
      break; // a blank line closes the table
    }
    if (buffer.length === 0) first = i;
    buffer.push(line);
    if (ROW_END.test(line)) {
      out.push(parseRow(buffer.join(' '), table, first + 1));
      buffer = [];
    }
  }
  if (buffer.length > 0) throw new Error(`seed 000: unterminated row at line ${first + 1}: ${buffer.join(' ')}`);
  return i;
}

function parseRow(text: string, table: AccessTable, line: number): RawRow {
  const m = ROW.exec(text);
  if (!m) throw new Error(`seed 000 line ${line}: not a table row: ${text}`);
  const [, api, description = '', granularity, resourceCell, ip] = m;
  if (!API_NAME.test(api)) throw new Error(`seed 000 line ${line}: odd API name "${api}"`);
  const resources = resourceCell.split(/\s+/);
  const bad = resources.find((r) => !RESOURCE.test(r));
  if (bad) throw new Error(`seed 000 line ${line}: "${bad}" is not a resource template`);
  if (granularity === 'Operation level' && resources.join(' ') !== '*') {
    throw new Error(`seed 000 line ${line}: operation-level ${api} names resources ${resourceCell}`);
  }
  return {
    table,
    api,
    description,
    granularity: granularity as RawRow['granularity'],
    resources,
    ipRestriction: ip as RawRow['ipRestriction'],
    line,
  };
}
