/**
 * The distance table as RFC 4180 CSV (§2: CRLF after every record, a field holding a comma, a
 * double quote, CR or LF quoted with its quotes doubled; https://www.ietf.org/rfc/rfc4180.txt),
 * one chunk of text per table row so the table streams: `wide` is the square grid, `long` one
 * record per pair. Distances to 0.1 as the route CLI prints them (the same rounding, round1).
 * Written with plain string concatenation and each port id escaped once: a 3,800-port table is
 * 14 million cells, and the text, not the search, is most of its time.
 */
import { csvField } from '../../src/lib/export/csv';
import { kmToNm } from '../../src/lib/routing/index';
import type { TableRow } from '../../src/lib/routing/distance-table';

export const UNITS = ['km', 'nm'] as const;
export type Unit = (typeof UNITS)[number];
export const FORMATS = ['wide', 'long'] as const;
export type Format = (typeof FORMATS)[number];

/** What a long record says for a pair with no route (its km and nm are left empty). */
const NO_ROUTE = 'no-route';
/** Between passage ids in a long record's passages field (a comma would force quoting). */
export const PASSAGE_SEPARATOR = ';';
/** Between an ECA's id and its km in a long record's ecas field ("north-sea:512.3"). */
export const ECA_KM_SEPARATOR = ':';

const CRLF = '\r\n';

/**
 * A distance ≥ 0 to 0.1 as csvField(round1(x)) writes it ("8795.5", "0"), from whole tenths: the
 * same digits (a one-decimal number prints as that decimal), without V8's slower shortest-digits
 * conversion of a double, which was most of a wide table's time.
 */
export function tenths(x: number): string {
  const k = Math.round(x * 10);
  const whole = Math.trunc(k / 10);
  const digit = k - whole * 10;
  return digit === 0 ? `${whole}` : `${whole}.${digit}`;
}

/** A distance in the unit, to 0.1, or '' where there is no route (numbers need no quoting). */
function cell(km: number, unit: Unit): string {
  if (!(km < Infinity)) return '';
  return tenths(unit === 'nm' ? kmToNm(km) : km);
}

export interface TableCsv {
  /** The header record. */
  header: string;
  /** The records of table row i (the row from port i). */
  records(i: number, row: TableRow): string;
}

/**
 * A long record's km inside Emission Control Areas (issue #32): the total, its share of the
 * route (to 0.001, as npm run route's ecaShare), and each area the route enters as id:km, from
 * the row's quantities (one per area, in `ecaIds` order). Empty for a pair with no route; 0 and
 * none for a route outside every ECA.
 */
function ecaFields(row: TableRow, j: number, ecaIds: readonly string[]): string {
  const km = row.km[j]!;
  if (!(km < Infinity)) return ',,,';
  let total = 0;
  const areas: string[] = [];
  ecaIds.forEach((id, k) => {
    const areaKm = row.quantities?.[k]?.[j] ?? 0;
    total += areaKm;
    // Every area the route enters, as the route command lists them (km > 0, even under 0.05).
    if (areaKm > 0) areas.push(`${id}${ECA_KM_SEPARATOR}${tenths(areaKm)}`);
  });
  const share = km > 0 ? Number((total / km).toFixed(3)) : 0;
  return `,${tenths(total)},${share},${areas.join(PASSAGE_SEPARATOR)}`;
}

/**
 * The CSV writer for a table of these port ids. Wide: the unit in the corner, one column per
 * port, then one record per port. Long: from,to,km,nm,passages,eca_km,eca_share,ecas, one record
 * per ordered pair; the ECA fields come from the row's quantities, one per id of `ecaIds`.
 */
export function tableCsv(
  ids: readonly string[],
  format: Format,
  unit: Unit,
  ecaIds: readonly string[] = [],
): TableCsv {
  const fields = ids.map((id) => csvField(id));
  if (format === 'wide') {
    return {
      header: [csvField(unit), ...fields].join(',') + CRLF,
      records(i, row) {
        let text = fields[i]!;
        for (const km of row.km) text += `,${cell(km, unit)}`;
        return text + CRLF;
      },
    };
  }
  return {
    header: `from,to,km,nm,passages,eca_km,eca_share,ecas${CRLF}`,
    records(i, row) {
      const from = `${fields[i]!},`;
      let text = '';
      for (let j = 0; j < fields.length; j++) {
        const km = row.km[j]!;
        // Passage ids are lower-case letters: the field never needs quoting.
        const passages =
          km < Infinity ? (row.passages?.[j] ?? []).join(PASSAGE_SEPARATOR) : NO_ROUTE;
        const eca = ecaFields(row, j, ecaIds);
        text += `${from}${fields[j]!},${cell(km, 'km')},${cell(km, 'nm')},${passages}${eca}${CRLF}`;
      }
      return text;
    },
  };
}
