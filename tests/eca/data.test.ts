/**
 * geo/eca-extents.geojson and geo/ecas.geojson, built by scripts/build-ecas.ts (issue #32): each
 * area drawn from its cited definition (the printed points are vertices, the parallels and
 * meridians are edges, the geodesics are followed within metres), valid RFC 7946, our closing
 * lines on land, and no sea polygon over land beyond the coastline's resolution.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ECA_DEFINITIONS, parseTable, type TablePoint } from '../../scripts/lib/eca-definitions';
import { assembleRing, wetKmByLeg } from '../../scripts/lib/eca-rings';
import { MIN_HOLE_KM2, SIMPLIFY_DEG } from '../../scripts/lib/eca-sea';
import { isOnLand } from '../../scripts/lib/load-network';
import { ECA_IDS } from '../../src/content/ecas';
import { ECAS } from '../../src/content/eca-areas';
import { geodesicDirect, geodesicInverse, geodesicKm } from '../../src/lib/routing/geodesic';
import { readGeo } from '../geojson';
import { random } from '../random';

const extents = readGeo('eca-extents.geojson').features as Feature<MultiPolygon>[];
const seas = readGeo('ecas.geojson').features as Feature<MultiPolygon>[];
const byId = (fs: Feature<MultiPolygon>[], id: string) => fs.find((f) => f.properties!.id === id)!;

const vertices = (f: Feature<MultiPolygon>) => f.geometry.coordinates.flat(2);
/** Whether p lies on the boundary of f (within tol degrees): a vertex, or on an edge. */
const onBoundary = (f: Feature<MultiPolygon>, p: Position, tol: number) =>
  f.geometry.coordinates.flat().some((ring) =>
    ring.slice(1).some((b, i) => {
      const a = ring[i]!;
      const line = turf.lineString([a, b]);
      return turf.pointToLineDistance(p, line, { units: 'degrees' }) <= tol;
    }),
  );
const hasVertex = (f: Feature<MultiPolygon>, p: Position, tol: number) =>
  vertices(f).some((q) => Math.abs(q[0]! - p[0]!) <= tol && Math.abs(q[1]! - p[1]!) <= tol);

/** Every printed point of every definition, with the area it belongs to. */
const printed: [string, TablePoint][] = ECA_DEFINITIONS.flatMap((d) =>
  d.rings
    .flat()
    .flatMap((leg) =>
      leg.kind === 'table' || leg.kind === 'line'
        ? leg.points.map((p): [string, TablePoint] => [d.id, p])
        : [],
    ),
);

/**
 * How far a sea point may lie inside land at 1:50m: the coast is simplified at SIMPLIFY_DEG
 * (≈ 1.1 km) and islands under MIN_HOLE_KM2 (20 km², a disc of 2.5 km radius) are not cut out.
 */
const LAND_TOLERANCE_KM = 3;

describe('the point tables as read', () => {
  it('parses degrees, minutes and seconds, seconds of 60 included', () => {
    const [p] = parseTable('16 35 43 60 126 18 53');
    expect(p!.n).toBe(16);
    expect(p!.lonLat[1]).toBeCloseTo(35 + 44 / 60, 12);
    expect(p!.lonLat[0]).toBeCloseTo(-(126 + 18 / 60 + 53 / 3600), 12);
    expect(() => parseTable('1 32 32 117 06 11')).toThrow(/bad table line/);
  });

  it('numbers every table 1…n, closes the Hawaiian and Caribbean rings, no jumps between points', () => {
    for (const d of ECA_DEFINITIONS) {
      for (const leg of d.rings.flat()) {
        if (leg.kind !== 'table') continue;
        const ns = leg.points.map((p) => p.n);
        // The Port Said area is walked round from its south-west corner.
        const expected = leg.name.includes('Port Said') ? [4, 1, 2, 3] : ns.map((_, i) => i + 1);
        expect(ns, leg.name).toEqual(expected);
        // A mistyped degree would make a leap far beyond the longest printed leg (~700 km).
        leg.points.slice(1).forEach((p, i) => {
          const q = leg.points[i]!;
          expect(
            geodesicKm(q.lonLat[0], q.lonLat[1], p.lonLat[0], p.lonLat[1]),
            p.text,
          ).toBeLessThan(800);
        });
      }
    }
    const table = (name: string) =>
      ECA_DEFINITIONS.flatMap((d) => d.rings.flat()).find((l) => l.name.includes(name))!;
    for (const name of ['Hawaiian', '3.1']) {
      const leg = table(name);
      if (leg.kind !== 'table') throw new Error(name);
      expect(leg.points[0]!.lonLat).toEqual(leg.points[leg.points.length - 1]!.lonLat);
    }
    expect(printed.filter(([id]) => id === 'north-american')).toHaveLength(47 + 206 + 45);
    expect(printed.filter(([id]) => id === 'us-caribbean')).toHaveLength(55);
  });
});

describe('geo/eca-extents.geojson and geo/ecas.geojson', () => {
  it('have one feature per area, in catalogue order, with the catalogue’s facts', () => {
    expect(extents.map((f) => f.properties!.id)).toEqual([...ECA_IDS]);
    expect(seas.map((f) => f.properties!.id)).toEqual([...ECA_IDS]);
    for (const f of seas) {
      const area = ECAS[f.properties!.id as keyof typeof ECAS];
      expect(f.properties).toEqual({
        id: area.id,
        name: area.name,
        sulphurLimitPct: 0.1,
        inForce: area.inForce,
        sulphurLimitFrom: area.sulphurLimitFrom,
        regulation: area.regulation,
        source: `${area.boundarySource.title} — ${area.boundarySource.readIn}`,
      });
      expect(f.properties!.inForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('wind exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of [...extents, ...seas]) {
      for (const [outer, ...holes] of f.geometry.coordinates) {
        expect(turf.booleanClockwise(outer!), f.properties!.id).toBe(false);
        for (const hole of holes) expect(turf.booleanClockwise(hole), f.properties!.id).toBe(true);
      }
    }
  });

  it('stay within ±180°: no area reaches the antimeridian (Hawaii ends at 163°46′ W)', () => {
    const lons = [...extents, ...seas].flatMap((f) => vertices(f).map((p) => p[0]!));
    expect(Math.min(...lons)).toBeGreaterThan(-165);
    expect(Math.max(...lons)).toBeLessThan(180);
  });

  // The sea keeps them on its boundary (a point on a straight run, as 110 of the Atlantic table
  // between 109 and 111 on 79°42′27″ W, may be merged into the run by the land cut).
  it.each([...ECA_IDS])(
    '%s: every printed point is a vertex of the extent, on the sea’s edge at sea',
    (id) => {
      const missing = printed
        .filter(([area]) => area === id)
        .map(([, p]) => p)
        .filter(
          (p) =>
            !hasVertex(byId(extents, id), p.lonLat, 1e-6) ||
            (!isOnLand(p.lonLat[0], p.lonLat[1]) &&
              !hasVertex(byId(seas, id), p.lonLat, 1e-5) &&
              !onBoundary(byId(seas, id), p.lonLat, 1e-5)),
        )
        .map((p) => p.text);
      expect(missing).toEqual([]);
    },
  );

  it('draw each parallel and meridian of the definitions as one edge of the extent', () => {
    for (const d of ECA_DEFINITIONS) {
      const rings = byId(extents, d.id).geometry.coordinates.map((p) => p[0]!.slice(0, -1));
      for (const leg of d.rings.flat()) {
        if (leg.kind !== 'parallel' && leg.kind !== 'meridian') continue;
        const [a, b]: Position[] =
          leg.kind === 'parallel'
            ? leg.lon.map((lon) => [lon, leg.lat])
            : leg.lat.map((lat) => [leg.lon, lat]);
        const at = (ring: Position[], p: Position) =>
          ring.findIndex((q) => Math.abs(q[0]! - p[0]!) < 1e-6 && Math.abs(q[1]! - p[1]!) < 1e-6);
        // Consecutive vertices of one ring (either way round): nothing in between bends it.
        const straight = rings.some((ring) => {
          const [i, j] = [at(ring, a!), at(ring, b!)];
          return i >= 0 && j >= 0 && [1, ring.length - 1].includes(Math.abs(i - j));
        });
        expect(straight, `${d.id}: ${leg.name}`).toBe(true);
      }
    }
  });

  it('follow the regulations’ geodesic lines within 30 m between the printed points', () => {
    let worst = 0;
    let pieces = 0;
    for (const d of ECA_DEFINITIONS) {
      for (const legs of d.rings) {
        const { coords, edges } = assembleRing(legs);
        coords.slice(1).forEach((b, i) => {
          if (edges[i]!.kind !== 'geodesic') return;
          pieces++;
          const a = coords[i]!;
          const m = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as const;
          const l = geodesicKm(a[0], a[1], b[0], b[1]);
          const excess =
            geodesicKm(a[0], a[1], m[0], m[1]) + geodesicKm(m[0], m[1], b[0], b[1]) - l;
          // A point h off the middle of a line of length l lengthens it by about 2h²/l.
          worst = Math.max(worst, Math.sqrt((Math.max(0, excess) * l) / 2));
        });
      }
    }
    expect(pieces).toBeGreaterThan(500);
    expect(worst).toBeLessThan(0.03);
  });

  it('close over land: each closing line on 1:50m water no more than its stated allowance', () => {
    for (const d of ECA_DEFINITIONS) {
      for (const legs of d.rings) {
        const wet = wetKmByLeg(assembleRing(legs), isOnLand);
        for (const leg of legs)
          if (leg.kind === 'land')
            expect(wet.get(leg) ?? 0, `${d.id}: ${leg.name}`).toBeLessThanOrEqual(
              leg.water?.km ?? 0,
            );
      }
    }
  });

  it('do not overlap: the Baltic and the North Sea meet on the Skaw’s parallel', () => {
    for (const [i, a] of extents.entries()) {
      for (const b of extents.slice(i + 1)) {
        const both = turf.intersect(turf.featureCollection([a, b]));
        expect(
          both ? turf.area(both) / 1e6 : 0,
          `${a.properties!.id}/${b.properties!.id}`,
        ).toBeLessThan(1);
      }
    }
  });

  it.each([...ECA_IDS])(
    '%s: sea lies inside its extent and over land only within the coastline’s resolution',
    (id) => {
      const sea = byId(seas, id);
      const extent = byId(extents, id);
      const [w, s, e, n] = turf.bbox(sea);
      const rnd = random(ECA_IDS.indexOf(id) + 1);
      let inSea = 0;
      let onLand = 0;
      for (let k = 0; k < 3000; k++) {
        const p = [w + rnd() * (e - w), s + rnd() * (n - s)];
        if (!turf.booleanPointInPolygon(p, sea)) continue;
        inSea++;
        expect(turf.booleanPointInPolygon(p, extent), `${p}`).toBe(true);
        if (!isOnLand(p[0]!, p[1]!)) continue;
        onLand++;
        // Some water within the tolerance, in one of 16 directions.
        const wet = Array.from({ length: 16 }, (_, j) => j * 22.5).some((bearing) =>
          [1, 2, LAND_TOLERANCE_KM].some((km) => {
            const q = turf.destination(p, km, bearing).geometry.coordinates;
            return !isOnLand(q[0]!, q[1]!);
          }),
        );
        expect(wet, `${id}: ${p} is land more than ${LAND_TOLERANCE_KM} km from the sea`).toBe(
          true,
        );
      }
      expect(inSea).toBeGreaterThan(200);
      expect(onLand / inSea, id).toBeLessThan(0.02);
      expect(SIMPLIFY_DEG * 111).toBeLessThan(LAND_TOLERANCE_KM);
      expect(Math.sqrt(MIN_HOLE_KM2 / Math.PI)).toBeLessThan(LAND_TOLERANCE_KM);
    },
  );
});

describe('Vincenty’s direct formula (the build’s geodesic points)', () => {
  it('walks from A along the inverse azimuth and lands on B', () => {
    for (const [a, b] of [
      [
        [-142.8158, 56.6219],
        [-153.2508, 58.8511],
      ],
      [
        [-63.9883, 16.997],
        [-67.5372, 17.3103],
      ],
      [
        [10, 57],
        [30, 60],
      ],
    ] as [number, number][][]) {
      const inv = geodesicInverse(a![0]!, a![1]!, b![0]!, b![1]!)!;
      const [x, y] = geodesicDirect(a![0]!, a![1]!, inv.azimuth, inv.km);
      expect(x).toBeCloseTo(b![0]!, 9);
      expect(y).toBeCloseTo(b![1]!, 9);
      expect(inv.km).toBe(geodesicKm(a![0]!, a![1]!, b![0]!, b![1]!));
    }
  });
});
