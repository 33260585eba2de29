import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RouteId } from '../../src/content/ids';
import type { LonLat } from '../../src/lib/routing/ports';
import {
  parseStretches,
  stretchAt,
  tidyStretches,
  type Stretch,
} from '../../src/lib/voyage/stretches';
import { measureLine, pointAtKm } from '../../src/lib/voyage/voyage';
import { repoRoot, sharedData } from '../../scripts/lib/io';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The three shipped routes, their stretches checked by parseStretches. */
const routes = Object.fromEntries(
  read<FeatureCollection<LineString>>(resolve(repoRoot, 'geo/routes.geojson')).features.map((f) => {
    const p = f.properties!;
    const r = {
      id: p.id as RouteId,
      coordinates: f.geometry.coordinates as LonLat[],
      km: p.km as number,
      stretches: parseStretches(p.stretches, p.km as number, p.id as string),
    };
    return [r.id, r];
  }),
) as Record<RouteId, { id: RouteId; coordinates: LonLat[]; km: number; stretches: Stretch[] }>;

/** Natural Earth 1:50m marine areas, read from ../shared/data as the build reads them. */
const marine = read<FeatureCollection<Polygon | MultiPolygon>>(
  resolve(sharedData, 'ne_50m_geography_marine_polys.geojson'),
).features;

/** NE writes some names with double spaces or in capitals ("NORTH ATLANTIC OCEAN"). */
function neName(f: Feature): string {
  return String(f.properties?.name).replace(/\s+/g, ' ').toLowerCase();
}

/** The NE marine areas containing a point (longitudes wrapped to −180…180, as NE's). */
function areasAt([lng, lat]: readonly [number, number]): string[] {
  const point = turf.point([((((lng + 180) % 360) + 360) % 360) - 180, lat]);
  return marine.filter((f) => turf.booleanPointInPolygon(point, f)).map(neName);
}

describe('the shipped stretches (geo/routes.geojson)', () => {
  it('cover each route from 0 to its km with no gaps, none shorter than 25 km', () => {
    for (const r of Object.values(routes)) {
      expect(r.stretches[0]!.fromKm).toBe(0);
      expect(r.stretches[r.stretches.length - 1]!.toKm).toBeCloseTo(r.km, 1);
      r.stretches.forEach((s, i) => {
        if (i > 0) expect(s.fromKm).toBe(r.stretches[i - 1]!.toKm);
        expect(s.toKm - s.fromKm).toBeGreaterThanOrEqual(25);
        expect(s.name).not.toBe(r.stretches[i - 1]?.name);
      });
    }
  });

  it('name the corridor’s seas in order, through the Strait of Malacca', () => {
    expect(routes.corridor.stretches.map((s) => s.name)).toEqual([
      'Bay of Bengal',
      'Andaman Sea',
      'Strait of Malacca',
      'Strait of Singapore',
      'South China Sea',
      'Taiwan Strait',
      'East China Sea',
      'Yellow Sea',
      'Sea of Japan',
    ]);
    expect(routes.variant.stretches.map((s) => s.name)).not.toContain('Strait of Malacca');
    expect(routes.comparison.stretches.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Red Sea', 'Mediterranean Sea', 'English Channel', 'Baltic Sea']),
    );
  });

  it('put the corridor in the Natural Earth "Strait of Malacca" polygon where they say so', () => {
    const malacca = routes.corridor.stretches.find((s) => s.name === 'Strait of Malacca')!;
    const polygon = marine.find((f) => f.properties?.name === 'Strait of Malacca')!;
    const line = measureLine(routes.corridor.coordinates);
    // Points across the stretch, short of its ends (where the boundary was bisected).
    for (let f = 0.05; f < 1; f += 0.1) {
      const km = malacca.fromKm + f * (malacca.toKm - malacca.fromKm);
      expect(stretchAt(routes.corridor.stretches, km).name).toBe('Strait of Malacca');
      expect(turf.booleanPointInPolygon(turf.point(pointAtKm(line, km)), polygon)).toBe(true);
    }
    // Just outside it, the corridor is in the Andaman Sea and in the Strait of Singapore.
    expect(areasAt(pointAtKm(line, malacca.fromKm - 5))).toContain('andaman sea');
    expect(areasAt(pointAtKm(line, malacca.toKm + 5))).toContain('strait of singapore');
  });

  it('name, at the middle of every stretch, the smallest NE area there (or none: "at sea")', () => {
    for (const r of Object.values(routes)) {
      const line = measureLine(r.coordinates);
      for (const s of r.stretches) {
        const p = pointAtKm(line, (s.fromKm + s.toKm) / 2);
        const inside = marine
          .filter((f) => turf.booleanPointInPolygon(turf.point(p), f))
          .sort((a, b) => turf.area(a) - turf.area(b))
          .map(neName);
        if (s.name === null) {
          expect(inside, `${r.id} ${s.fromKm}–${s.toKm} km`).toEqual([]);
        } else if (inside.length > 0) {
          expect(inside[0], `${r.id} ${s.fromKm}–${s.toKm} km`).toBe(s.name.toLowerCase());
        } else {
          // In no polygon: the nearest one, within 50 km (NE's areas stop short of some coasts).
          const near = marine.filter((f) => neName(f) === s.name!.toLowerCase());
          const km = Math.min(...near.map((f) => turf.pointToPolygonDistance(turf.point(p), f)));
          expect(km).toBeLessThan(50);
        }
      }
    }
  });

  it('name known points of the corridor', () => {
    const at = (km: number) => stretchAt(routes.corridor.stretches, km).name;
    expect(at(0)).toBe('Bay of Bengal');
    expect(at(1000)).toBe('Bay of Bengal');
    expect(at(2500)).toBe('Strait of Malacca');
    expect(at(4500)).toBe('South China Sea');
    expect(at(routes.corridor.km)).toBe('Sea of Japan');
  });
});

describe('stretchAt', () => {
  const s: Stretch[] = [
    { name: 'A', fromKm: 0, toKm: 10 },
    { name: null, fromKm: 10, toKm: 25 },
    { name: 'C', fromKm: 25, toKm: 40 },
  ];
  it('finds the stretch with fromKm ≤ km < toKm', () => {
    expect(stretchAt(s, 0).name).toBe('A');
    expect(stretchAt(s, 9.99).name).toBe('A');
    expect(stretchAt(s, 10).name).toBe(null);
    expect(stretchAt(s, 24.9).name).toBe(null);
    expect(stretchAt(s, 25).name).toBe('C');
  });
  it('clamps to the first and last stretch', () => {
    expect(stretchAt(s, -5).name).toBe('A');
    expect(stretchAt(s, 40).name).toBe('C');
    expect(stretchAt(s, 1e9).name).toBe('C');
  });
  it('refuses an empty list', () => {
    expect(() => stretchAt([], 0)).toThrow(RangeError);
  });
});

describe('parseStretches', () => {
  const good = [
    { name: 'Bay of Bengal', fromKm: 0, toKm: 100.5 },
    { name: null, fromKm: 100.5, toKm: 200 },
  ];
  it('accepts ordered, contiguous stretches from 0 to the route’s km', () => {
    expect(parseStretches(good, 200)).toEqual(good);
    expect(parseStretches(good, 200.04)).toEqual(good);
  });
  const broken: [string, unknown, number][] = [
    ['missing', undefined, 200],
    ['not a list', { name: 'x' }, 200],
    ['empty', [], 200],
    ['an item not an object', [null], 200],
    ['an item a list', [[0, 200]], 200],
    ['a name not a string', [{ name: 3, fromKm: 0, toKm: 200 }], 200],
    ['an empty name', [{ name: ' ', fromKm: 0, toKm: 200 }], 200],
    ['no name key', [{ fromKm: 0, toKm: 200 }], 200],
    ['fromKm a string', [{ name: 'A', fromKm: '0', toKm: 200 }], 200],
    ['toKm NaN', [{ name: 'A', fromKm: 0, toKm: NaN }], 200],
    ['toKm infinite', [{ name: 'A', fromKm: 0, toKm: Infinity }], Infinity],
    ['not starting at 0', [{ name: 'A', fromKm: 1, toKm: 200 }], 200],
    ['a gap', [good[0], { ...good[1], fromKm: 101 }], 200],
    ['an overlap', [good[0], { ...good[1], fromKm: 100 }], 200],
    ['out of order', [good[1], good[0]], 200],
    ['empty stretch', [{ name: 'A', fromKm: 0, toKm: 0 }], 0],
    ['reversed', [good[0], { name: 'B', fromKm: 100.5, toKm: 50 }], 50],
    ['short of the route’s km', good, 250],
    ['past the route’s km', good, 150],
  ];
  it.each(broken)('rejects %s, naming geo/routes.geojson', (_why, value, km) => {
    expect(() => parseStretches(value, km, 'corridor')).toThrow(
      /^geo\/routes\.geojson: the corridor route's stretches /,
    );
  });
});

describe('tidyStretches', () => {
  const run = (name: string | null, fromKm: number, toKm: number): Stretch => ({
    name,
    fromKm,
    toKm,
  });
  it('joins same-name neighbours, rounds to 0.1 km and ends at the route’s km', () => {
    expect(
      tidyStretches([run('A', 0, 40.04), run('A', 40.04, 90.26), run('B', 90.26, 200.02)], 200, 25),
    ).toEqual([run('A', 0, 90.3), run('B', 90.3, 200)]);
  });
  it('folds a short run between two of the same name into one', () => {
    expect(tidyStretches([run('A', 0, 50), run('B', 50, 60), run('A', 60, 100)], 100, 25)).toEqual([
      run('A', 0, 100),
    ]);
  });
  it('folds short runs into the longer neighbour, short ends into their only one', () => {
    expect(
      tidyStretches(
        [run(null, 0, 3), run('A', 3, 50), run('B', 50, 60), run('C', 60, 200), run('D', 200, 210)],
        210,
        25,
      ),
    ).toEqual([run('A', 0, 50), run('C', 50, 210)]);
  });
  it('keeps a single short run (a route shorter than the threshold)', () => {
    expect(tidyStretches([run('A', 0, 5)], 5, 25)).toEqual([run('A', 0, 5)]);
  });
  it('gives parseStretches what it accepts', () => {
    const runs = [run('A', 0, 33.33), run(null, 33.33, 80.07), run('B', 80.07, 123.45)];
    expect(() => parseStretches(tidyStretches(runs, 123.4, 25), 123.4)).not.toThrow();
  });
});
