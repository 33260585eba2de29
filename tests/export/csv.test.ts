import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { figureLine, figuresCsv, routeFigureRows, type FigureRow } from '../../src/lib/export/csv';
import { parseRoutes } from '../../src/lib/map-data';
import { PLANNER_METHOD } from '../../src/lib/planner/plan';
import { parseCsv } from '../csv-reader';

/** The three routes' names and km as in geo/routes.geojson when these figures were worked out. */
const METHOD = 'Shortest path on Eurostat SeaRoute marnet 20 km network (EUPL-1.2), WGS84 geodesic';
const routes = {
  corridor: { name: 'Chennai–Vladivostok maritime corridor', km: 8795.5, method: METHOD },
  comparison: {
    name: 'Mumbai–St Petersburg via Suez (existing route)',
    km: 14212.8,
    method: METHOD,
  },
  variant: {
    name: 'Chennai–Vladivostok avoiding the Strait of Malacca',
    km: 10255.1,
    method: METHOD,
  },
};

const HEADER = ['route', 'km', 'nm', 'days', 'speed_kn', 'allowance_days', 'source'];

describe('routeFigureRows', () => {
  it('gives the three routes in order with km, nm and door-to-door days at the speed', () => {
    const rows = routeFigureRows({ routes, knots: 14, allowanceDays: 2 });
    expect(rows.map((r) => r.id)).toEqual(['corridor', 'comparison', 'variant']);
    // Corridor: 8,795.5 km ÷ 1.852 = 4,749.19 nm; ÷ (14 kn × 24 h) = 14.13 days at sea, + 2.
    expect(rows[0]).toEqual({
      id: 'corridor',
      route: 'Chennai–Vladivostok maritime corridor',
      km: 8795.5,
      nm: 4749.2,
      days: 16.1,
      speedKn: 14,
      allowanceDays: 2,
      source: routes.corridor.method,
    });
    // Comparison: 14,212.8 km = 7,674.3 nm; at 20 kn: 7,674.3 ÷ 480 = 15.99 days, + 0.
    const fast = routeFigureRows({ routes, knots: 20, allowanceDays: 0 });
    expect(fast[1]).toMatchObject({ km: 14212.8, nm: 7674.3, days: 16, speedKn: 20 });
  });

  it('adds a planned route after the three, with the planner’s method by default', () => {
    const rows = routeFigureRows({
      routes,
      planned: { name: 'Chennai → Busan', km: 1852 },
      knots: 10,
      allowanceDays: 1.5,
    });
    // 1,852 km = 1,000 nm; ÷ 240 = 4.17 days, + 1.5 = 5.67.
    expect(rows[3]).toEqual({
      id: 'planned',
      route: 'Chennai → Busan',
      km: 1852,
      nm: 1000,
      days: 5.7,
      speedKn: 10,
      allowanceDays: 1.5,
      source: PLANNER_METHOD,
    });
  });

  it('takes the map’s own routes (parseRoutes) and agrees with their published km and nm', () => {
    const shipped = parseRoutes(
      JSON.parse(
        readFileSync(new URL('../../geo/routes.geojson', import.meta.url), 'utf8'),
      ) as FeatureCollection<LineString>,
    );
    const rows = routeFigureRows({ routes: shipped, knots: 14, allowanceDays: 2 });
    for (const [i, id] of (['corridor', 'comparison', 'variant'] as const).entries()) {
      expect(rows[i]).toMatchObject({
        id,
        route: shipped[id].name,
        km: shipped[id].km,
        nm: shipped[id].nm,
        source: shipped[id].method,
      });
    }
  });

  it('throws RangeError for a speed the transit model refuses', () => {
    expect(() => routeFigureRows({ routes, knots: 0, allowanceDays: 2 })).toThrow(RangeError);
  });
});

describe('figuresCsv', () => {
  it('writes a header and one CRLF-ended record per route, quoting the method', () => {
    const csv = figuresCsv(routeFigureRows({ routes, knots: 14, allowanceDays: 2 }));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    expect(lines[1]).toBe(
      `Chennai–Vladivostok maritime corridor,8795.5,4749.2,16.1,14,2,"${routes.corridor.method}"`,
    );
    expect(lines).toHaveLength(5); // header, 3 records, '' after the last CRLF
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('quotes a name holding a comma, a quote, CR and LF, and reads back the same', () => {
    const hostile: FigureRow = {
      id: 'planned',
      route: 'Port "Vostochny", Nakhodka',
      km: 1234.5,
      nm: 666.6,
      days: 3.2,
      speedKn: 12.5,
      allowanceDays: 0,
      source: 'line one\r\nline two\nline "three"\r',
    };
    const csv = figuresCsv([hostile]);
    expect(csv).toContain('"Port ""Vostochny"", Nakhodka",1234.5,666.6,3.2,12.5,0,');
    expect(parseCsv(csv)).toEqual([
      HEADER,
      ['Port "Vostochny", Nakhodka', '1234.5', '666.6', '3.2', '12.5', '0', hostile.source],
    ]);
  });

  it('quotes a field that holds only a double quote', () => {
    const row = routeFigureRows({ routes, knots: 14, allowanceDays: 2 })[0]!;
    const csv = figuresCsv([{ ...row, route: 'The "Northern" route' }]);
    expect(csv.split('\r\n')[1]).toMatch(/^"The ""Northern"" route",/);
    expect(parseCsv(csv)[1]![0]).toBe('The "Northern" route');
  });

  it('round-trips every route row through a strict reader', () => {
    const rows = routeFigureRows({
      routes,
      planned: { name: 'A, "B"', km: 10 },
      knots: 14,
      allowanceDays: 2,
    });
    const parsed = parseCsv(figuresCsv(rows));
    expect(parsed[0]).toEqual(HEADER);
    expect(parsed.slice(1)).toEqual(
      rows.map((r) => [
        r.route,
        String(r.km),
        String(r.nm),
        String(r.days),
        String(r.speedKn),
        String(r.allowanceDays),
        r.source,
      ]),
    );
    expect(parsed.slice(1).every((r) => r.length === HEADER.length)).toBe(true);
  });

  it('writes only the header for no rows, and refuses a number that is not finite', () => {
    expect(figuresCsv([])).toBe(`${HEADER.join(',')}\r\n`);
    const row = routeFigureRows({ routes, knots: 14, allowanceDays: 2 })[0]!;
    expect(() => figuresCsv([{ ...row, km: Number.NaN }])).toThrow(RangeError);
  });
});

describe('figureLine', () => {
  /** The line with its no-break spaces shown as plain ones. */
  const plain = (row: FigureRow) => figureLine(row).replace(/\u00A0/g, ' ');

  it('reads as the Routes panel writes its figures', () => {
    const [corridor] = routeFigureRows({ routes, knots: 14, allowanceDays: 2 });
    expect(plain(corridor!)).toBe(
      'Chennai–Vladivostok maritime corridor: 8,796 km · 4,749 nm · 16.1 days at 14.0 kn, ' +
        'including 2.0 days allowance',
    );
    const [noAllowance] = routeFigureRows({ routes, knots: 14, allowanceDays: 0 });
    expect(plain(noAllowance!)).toBe(
      'Chennai–Vladivostok maritime corridor: 8,796 km · 4,749 nm · 14.1 days at 14.0 kn',
    );
  });

  it('ties each number to its unit with a no-break space', () => {
    const [corridor] = routeFigureRows({ routes, knots: 14, allowanceDays: 2 });
    const line = figureLine(corridor!);
    for (const q of ['8,796 km', '4,749 nm', '16.1 days', '14.0 kn', '2.0 days']) {
      expect(line).toContain(q.replace(' ', '\u00A0'));
    }
  });
});
