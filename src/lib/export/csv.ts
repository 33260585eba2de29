/**
 * The route figures a person takes away: rows computed with the atlas's transit model, written
 * as RFC 4180 CSV for the data download and as one line each for the exported image.
 */
import { ENGLISH, formatDays, formatKm, formatKnots, formatNm, type Tr } from '../analysis/format';
import { transitDays } from '../analysis/transit';
import { kmToNm } from '../analysis/units';
import { ROUTE_IDS, type RouteId } from '../../content/ids';
import type { RouteInfo } from '../map-data';
import { PLANNER_METHOD } from '../planner/plan';
import { round1 } from '../routing/geometry';

/** One route's figures at one speed and allowance (numbers rounded to 0.1). */
export interface FigureRow {
  /** The route's id (`corridor`, `comparison`, `variant`, or `planned`); not written to CSV. */
  readonly id: string;
  /** The route's name as the atlas shows it. */
  readonly route: string;
  readonly km: number;
  readonly nm: number;
  /** Door-to-door days: days at sea at speedKn plus the allowance. */
  readonly days: number;
  readonly speedKn: number;
  readonly allowanceDays: number;
  /** How the distance was computed (the route's `method`). */
  readonly source: string;
}

/** A planned route's figures as the planner has them. */
interface PlannedFigures {
  /** What the person reads for it, e.g. "Chennai → Vladivostok, avoiding the Strait of Malacca". */
  readonly name: string;
  readonly km: number;
  /** Defaults to the planner's method (PLANNER_METHOD). */
  readonly source?: string;
}

/** The CSV's columns, in order. */
const FIGURE_COLUMNS = [
  'route',
  'km',
  'nm',
  'days',
  'speed_kn',
  'allowance_days',
  'source',
] as const;

/**
 * The figures of the atlas's three routes (in ROUTE_IDS order) and of a planned route, at a speed
 * and allowance. nm and days follow the Routes panel (nm from km, days from transitDays), so the
 * file says what the panel says; throws RangeError on an invalid speed or allowance.
 */
export function routeFigureRows({
  routes,
  planned,
  knots,
  allowanceDays,
}: {
  routes: Readonly<Record<RouteId, Pick<RouteInfo, 'name' | 'km' | 'method'>>>;
  planned?: PlannedFigures | null;
  knots: number;
  allowanceDays: number;
}): FigureRow[] {
  const row = (id: string, route: string, km: number, source: string): FigureRow => {
    const nm = kmToNm(km);
    const { totalDays } = transitDays({ nm, knots, allowanceDays });
    return {
      id,
      route,
      km: round1(km),
      nm: round1(nm),
      days: round1(totalDays),
      speedKn: round1(knots),
      allowanceDays: round1(allowanceDays),
      source,
    };
  };
  const rows = ROUTE_IDS.map((id) => row(id, routes[id].name, routes[id].km, routes[id].method));
  if (planned)
    rows.push(row('planned', planned.name, planned.km, planned.source ?? PLANNER_METHOD));
  return rows;
}

/** One CSV field: quoted when it holds a comma, a double quote, CR or LF (RFC 4180 §2.6–2.7). */
export function csvField(value: string | number): string {
  // A number's text (digits, point, minus, exponent) never needs quoting.
  if (typeof value === 'number') return numberText(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number as a spreadsheet reads it: no grouping, point decimal, no "-0". */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`CSV numbers must be finite, got ${value}`);
  return String(value === 0 ? 0 : value);
}

/** The rows as RFC 4180 CSV: a header row, CRLF after every record, fields quoted as needed. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  const records = [
    FIGURE_COLUMNS.join(','),
    ...rows.map((r) =>
      [r.route, r.km, r.nm, r.days, r.speedKn, r.allowanceDays, r.source].map(csvField).join(','),
    ),
  ];
  return records.map((r) => `${r}\r\n`).join('');
}

/** Joins a number to its unit with a no-break space, so a wrapped line never splits "8,796 km". */
function keep(quantity: string): string {
  return quantity.replace(/ /g, '\u00A0');
}

/**
 * A row as one line of the exported image and the printed sheet, e.g. "Chennai–Vladivostok
 * maritime corridor: 8,796 km · 4,749 nm · 16.1 days at 14.0 kn, including 2.0 days allowance"
 * (no-break space before units), in the language of `tr`; `route` names the row's route in it.
 */
export function figureLine(row: FigureRow, tr: Tr = ENGLISH, route = row.route): string {
  return tr.t('export.figure', {
    route,
    km: keep(formatKm(row.km, tr)),
    nm: keep(formatNm(row.nm, tr)),
    days: keep(formatDays(row.days, tr)),
    speed: keep(formatKnots(row.speedKn, tr)),
    allowance: keep(formatDays(row.allowanceDays, tr)),
    hasAllowance: row.allowanceDays > 0 ? 'yes' : 'no',
  });
}
