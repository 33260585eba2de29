/**
 * Turns the legs of scripts/lib/eca-definitions.ts into closed rings of [lon, lat] positions:
 * geodesic legs densified (scripts/lib/geodesic-line.ts), parallels and meridians kept as the
 * straight lines they are in longitude and latitude, and every edge tagged with what drew it —
 * the regulation (a geodesic, or a parallel or meridian) or us, over land (which the build
 * checks against Natural Earth land).
 */
import { haversineKm } from '../../src/lib/routing/geodesic';
import type { Leg, LonLat } from './eca-definitions';
import { geodesicInterior } from './geodesic-line';

/** Geodesic lines are cut into straight pieces at most this long (error under 30 m: tested). */
export const GEODESIC_STEP_KM = 25;

type LandLeg = Extract<Leg, { kind: 'land' }>;

/** What drew an edge: a geodesic of the regulation, its parallel or meridian, or our land line. */
export type EdgeKind =
  { kind: 'geodesic' } | { kind: 'graticule' } | { kind: 'closing'; leg: LandLeg };

export interface AssembledRing {
  /** Closed: the last position equals the first. */
  coords: LonLat[];
  /** edges[i] is the edge coords[i] → coords[i + 1]. */
  edges: EdgeKind[];
}

interface Vertex {
  p: LonLat;
  land: LandLeg | null;
  /** This vertex and the next are consecutive points of one geodesic leg. */
  geodesicToNext: boolean;
}

function legVertices(leg: Leg): Vertex[] {
  switch (leg.kind) {
    case 'table':
    case 'line':
      return leg.points.map((t, i) => ({
        p: t.lonLat,
        land: null,
        geodesicToNext: i < leg.points.length - 1,
      }));
    case 'parallel':
      return leg.lon.map((lon) => ({ p: [lon, leg.lat], land: null, geodesicToNext: false }));
    case 'meridian':
      return leg.lat.map((lat) => ({ p: [leg.lon, lat], land: null, geodesicToNext: false }));
    case 'land':
      return leg.points.map((p) => ({ p, land: leg, geodesicToNext: false }));
  }
}

const same = (a: LonLat, b: LonLat) => a[0] === b[0] && a[1] === b[1];

/** The legs joined into one closed ring (see the module comment). */
export function assembleRing(legs: Leg[]): AssembledRing {
  const vertices: Vertex[] = [];
  for (const v of legs.flatMap(legVertices)) {
    const last = vertices[vertices.length - 1];
    // Legs that meet at a point (4° W reaching 62° N) share it once.
    if (last && same(last.p, v.p)) last.geodesicToNext ||= v.geodesicToNext;
    else vertices.push(v);
  }
  const coords: LonLat[] = [];
  const edges: EdgeKind[] = [];
  vertices.forEach((v, i) => {
    const next = vertices[(i + 1) % vertices.length]!;
    const inner = v.geodesicToNext ? geodesicInterior(v.p, next.p, GEODESIC_STEP_KM) : [];
    // An edge joining the regulation's line to our land points belongs to that land leg.
    const land = v.land ?? next.land;
    const kind: EdgeKind = land
      ? { kind: 'closing', leg: land }
      : { kind: v.geodesicToNext ? 'geodesic' : 'graticule' };
    for (const p of [v.p, ...inner]) {
      coords.push(p);
      edges.push(kind);
    }
  });
  const first = coords[0]!;
  if (!same(first, coords[coords.length - 1]!)) coords.push(first);
  else edges.pop();
  return { coords, edges };
}

/** Positions every `stepKm` along an edge (both ends included), for land checks. */
export function sampleEdge(a: LonLat, b: LonLat, stepKm: number): LonLat[] {
  const n = Math.max(1, Math.ceil(haversineKm(a[0], a[1], b[0], b[1]) / stepKm));
  return Array.from({ length: n + 1 }, (_, i) => [
    a[0] + ((b[0] - a[0]) * i) / n,
    a[1] + ((b[1] - a[1]) * i) / n,
  ]);
}

/** Km of each closing leg's edges on 1:50m water, sampled every km (by leg). */
export function wetKmByLeg(
  ring: AssembledRing,
  isOnLand: (lon: number, lat: number) => boolean,
): Map<LandLeg, number> {
  const wet = new Map<LandLeg, number>();
  ring.edges.forEach((edge, i) => {
    if (edge.kind !== 'closing') return;
    const samples = sampleEdge(ring.coords[i]!, ring.coords[i + 1]!, 1).slice(1);
    const km = samples.filter(([x, y]) => !isOnLand(x, y)).length;
    wet.set(edge.leg, (wet.get(edge.leg) ?? 0) + km);
  });
  return wet;
}
