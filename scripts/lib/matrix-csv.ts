/**
 * The distance table as RFC 4180 CSV (CRLF after every record, fields quoted where they need it),
 * one chunk of text per table row so the table streams: `wide` is the square grid, `long` one
 * record per pair. Distances to 0.1 as the route CLI prints them (the same rounding, round1).
 */
import { csvField } from '../../src/lib/export/csv';
import { kmToNm, round1 } from '../../src/lib/routing/index';
import type { TableRow } from '../../src/lib/routing/distance-table';

export const UNITS = ['km', 'nm'] as const;
export type Unit = (typeof UNITS)[number];
export const FORMATS = ['wide', 'long'] as const;
export type Format = (typeof FORMATS)[number];

/** What a long record says for a pair with no route (its km and nm are left empty). */
export const NO_ROUTE = 'no-route';
/** Between passage ids in a long record's passages field (a comma would force quoting). */
export const PASSAGE_SEPARATOR = ';';

const CRLF = '\r\n';
const record = (fields: readonly (string | number)[]) => fields.map(csvField).join(',') + CRLF;

/** A distance in the unit, to 0.1, or '' where there is no route. */
function cell(km: number, unit: Unit): string | number {
  if (!(km < Infinity)) return '';
  return round1(unit === 'nm' ? kmToNm(km) : km);
}

/** The wide table's header: the unit in the corner, then one column per port id. */
export function wideHeader(ids: readonly string[], unit: Unit): string {
  return record([unit, ...ids]);
}

/** One row of the wide table: the port id, then its distance to every port. */
export function wideRow(id: string, row: TableRow, unit: Unit): string {
  const fields: (string | number)[] = [id];
  for (const km of row.km) fields.push(cell(km, unit));
  return record(fields);
}

export const LONG_HEADER = record(['from', 'to', 'km', 'nm', 'passages']);

/** One table row as long records: from `id` to each port, with the passages in route order. */
export function longRecords(id: string, ids: readonly string[], row: TableRow): string {
  let text = '';
  ids.forEach((to, j) => {
    const km = row.km[j]!;
    const passages = km < Infinity ? (row.passages?.[j] ?? []).join(PASSAGE_SEPARATOR) : NO_ROUTE;
    text += record([id, to, cell(km, 'km'), cell(km, 'nm'), passages]);
  });
  return text;
}
