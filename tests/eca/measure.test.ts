/**
 * Km of a route inside each Emission Control Area (src/lib/eca, issue #32): the atlas's routes
 * enter the areas they should, the km are the route's own geodesic km cut exactly at the
 * boundary, and the sea graph's per-edge km agree with the same measure.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadEcaShapes } from '../../scripts/lib/load-ecas';
import { loadSeaRouter, NETWORK_PATH } from '../../scripts/lib/load-network';
import { graphEdgeEcaKm, measureEcaKm, parseEcaExtents } from '../../src/lib/eca/index';
import { decodeNetwork } from '../../src/lib/routing/network';
import { geodesicKm, lineKm } from '../../src/lib/routing/geodesic';
import { repoRoot } from '../geojson';
import { random } from '../random';

const shapes = loadEcaShapes();
const routes = JSON.parse(
  readFileSync(`${repoRoot}/geo/routes.geojson`, 'utf8'),
) as FeatureCollection<LineString, { id: string; km: number }>;
const route = (id: string) => routes.features.find((f) => f.properties.id === id)!;
const kmOf = (m: ReturnType<typeof measureEcaKm>) =>
  Object.fromEntries(m.areas.map((a) => [a.id, a.km]));

/** A one-area extent from a ring, for exact cases. */
const square = (ring: [number, number][]) =>
  parseEcaExtents({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'baltic-sea' },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
  });
const unit = square([
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
]);

describe('the atlas’s routes', () => {
  it('Mumbai → St Petersburg (the comparison route) crosses the Mediterranean, North Sea and Baltic ECAs', () => {
    const f = route('comparison');
    const m = measureEcaKm(f.geometry.coordinates as [number, number][], shapes);
    expect(m.areas.map((a) => a.id)).toEqual(['baltic-sea', 'north-sea', 'mediterranean']);
    const km = kmOf(m);
    // The Mediterranean from Port Said to Gibraltar is over 3,000 km; the Baltic from the Skaw
    // to St Petersburg over 1,000.
    expect(km.mediterranean).toBeGreaterThan(3000);
    expect(km['north-sea']).toBeGreaterThan(800);
    expect(km['baltic-sea']).toBeGreaterThan(1000);
    expect(m.routeKm).toBeCloseTo(f.properties.km, 0);
    expect(m.ecaKm).toBeCloseTo(km.mediterranean! + km['north-sea']! + km['baltic-sea']!, 9);
    expect(m.share).toBeCloseTo(m.ecaKm / m.routeKm, 12);
  });

  it('Chennai → Vladivostok (the corridor) crosses none of MARPOL’s ECAs', () => {
    for (const id of ['corridor', 'variant']) {
      const m = measureEcaKm(route(id).geometry.coordinates as [number, number][], shapes);
      expect(m.areas, id).toEqual([]);
      expect([m.ecaKm, m.share]).toEqual([0, 0]);
    }
  });

  it('New York → Rotterdam crosses the North American and North Sea ECAs', () => {
    // New York has no port in the catalogue: the Lower Bay, off the Verrazzano Narrows.
    const r = loadSeaRouter().findSeaRoute([-74.03, 40.55], 'rotterdam');
    if (!r.ok) throw new Error(r.error.message);
    const m = measureEcaKm(r.route.coordinates, shapes);
    expect(m.areas.map((a) => a.id)).toEqual(['north-sea', 'north-american']);
    // The router adds its stored edge lengths (whole metres): the same km, to the metre.
    expect(Math.abs(m.routeKm - r.route.km)).toBeLessThan(0.01);
    // Both ends lie inside: the open Atlantic between them does not.
    expect(m.share).toBeGreaterThan(0.2);
    expect(m.share).toBeLessThan(0.8);
  });
});

describe('measureEcaKm, exactly', () => {
  it('cuts a segment where it crosses the boundary and measures the piece inside by Vincenty', () => {
    const m = measureEcaKm(
      [
        [-1, 0.5],
        [0.5, 0.5],
      ],
      unit,
    );
    expect(m.routeKm).toBe(geodesicKm(-1, 0.5, 0.5, 0.5));
    expect(m.ecaKm).toBeCloseTo(geodesicKm(0, 0.5, 0.5, 0.5), 6);
  });

  it('counts a route wholly inside, one that only touches a corner, and one that runs along an edge', () => {
    const inside: [number, number][] = [
      [0.2, 0.2],
      [0.8, 0.3],
      [0.5, 0.9],
    ];
    expect(measureEcaKm(inside, unit).ecaKm).toBeCloseTo(lineKm(inside), 9);
    expect(
      measureEcaKm(
        [
          [-1, 1],
          [1, -1],
        ],
        unit,
      ).ecaKm,
    ).toBe(0);
    const corner = measureEcaKm(
      [
        [-0.5, 0.5],
        [0, 0],
        [0.5, -0.5],
      ],
      unit,
    );
    expect(corner.ecaKm).toBe(0);
  });

  it('adds up in and out to the route’s km, through many crossings', () => {
    const rnd = random(7);
    const zigzag = Array.from({ length: 200 }, (_, i): [number, number] => [
      -0.5 + (i / 199) * 2,
      -0.5 + rnd() * 2,
    ]);
    const m = measureEcaKm(zigzag, unit);
    expect(m.routeKm).toBeCloseTo(lineKm(zigzag), 9);
    expect(m.ecaKm).toBeGreaterThan(0);
    expect(m.ecaKm).toBeLessThan(m.routeKm);
  });

  it('finds an area past the antimeridian: longitudes one turn east or west give the same km', () => {
    const line: [number, number][] = [
      [-0.5, 0.2],
      [1.5, 0.7],
    ];
    const km = measureEcaKm(line, unit).ecaKm;
    expect(km).toBeGreaterThan(0);
    for (const turn of [360, -360])
      expect(
        measureEcaKm(
          line.map(([x, y]) => [x + turn, y]),
          unit,
        ).ecaKm,
      ).toBeCloseTo(km, 9);
  });

  it('agrees with a 50 m sampling of the comparison route, area by area, within 0.2 km', () => {
    const coords = route('comparison').geometry.coordinates as [number, number][];
    const m = kmOf(measureEcaKm(coords, shapes));
    const extents = JSON.parse(readFileSync(`${repoRoot}/geo/eca-extents.geojson`, 'utf8'));
    for (const f of extents.features) {
      let sampled = 0;
      const [w, s, e, n] = turf.bbox(f);
      for (let i = 1; i < coords.length; i++) {
        const [a, b] = [coords[i - 1]!, coords[i]!];
        if (Math.max(a[0], b[0]) < w || Math.min(a[0], b[0]) > e) continue;
        if (Math.max(a[1], b[1]) < s || Math.min(a[1], b[1]) > n) continue;
        const pieces = Math.ceil(geodesicKm(a[0], a[1], b[0], b[1]) / 0.05);
        for (let k = 0; k < pieces; k++) {
          const p = (t: number) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const [p0, p1, mid] = [p(k / pieces), p((k + 1) / pieces), p((k + 0.5) / pieces)];
          if (turf.booleanPointInPolygon(mid!, f))
            sampled += geodesicKm(p0![0]!, p0![1]!, p1![0]!, p1![1]!);
        }
      }
      expect(Math.abs(sampled - (m[f.properties.id] ?? 0)), f.properties.id).toBeLessThan(0.2);
    }
  });
});

describe('graphEdgeEcaKm', () => {
  it('gives every sea-graph edge its km in each area, as measureEcaKm measures the edge', () => {
    const graph = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
    const byArea = graphEdgeEcaKm(graph, shapes);
    expect([...byArea.keys()]).toEqual(shapes.map((s) => s.id));
    const rnd = random(11);
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      const e = Math.floor(rnd() * graph.edgeCount);
      const a = graph.edgeA[e]!;
      const b = graph.edgeB[e]!;
      const edge: [number, number][] = [
        [graph.lon[a]!, graph.lat[a]!],
        [graph.lon[b]!, graph.lat[b]!],
      ];
      const m = measureEcaKm(edge, shapes);
      for (const s of shapes) {
        const expected = m.routeKm > 0 ? ((kmOf(m)[s.id] ?? 0) * graph.edgeKm[e]!) / m.routeKm : 0;
        expect(byArea.get(s.id)![e]!, `edge ${e} in ${s.id}`).toBeCloseTo(expected, 9);
        if (expected > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The Baltic's edges add up to hundreds of km of lanes, none of them negative.
    const baltic = byArea.get('baltic-sea')!;
    expect(baltic.every((km, e) => km >= 0 && km <= graph.edgeKm[e]! + 1e-9)).toBe(true);
    expect(baltic.reduce((s, km) => s + km, 0)).toBeGreaterThan(10_000);
  });
});

describe('parseEcaExtents', () => {
  it('refuses what is not the extents file, naming the feature at fault', () => {
    expect(() => parseEcaExtents(null)).toThrow(/FeatureCollection/);
    const one = (properties: object, geometry: object) => () =>
      parseEcaExtents({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties, geometry }],
      });
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(one({ id: 'atlantis' }, { type: 'Polygon', coordinates: [ring] })).toThrow(
      /unknown ECA id/,
    );
    expect(one({ id: 'north-sea' }, { type: 'Polygon', coordinates: [ring.slice(0, 3)] })).toThrow(
      /north-sea.*closed polygons/,
    );
    expect(one({ id: 'north-sea' }, { type: 'Point', coordinates: [0, 0] })).toThrow(
      /closed polygons/,
    );
  });
});
