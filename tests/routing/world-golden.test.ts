/**
 * Golden routes between ports of the World Port Index on every ocean (issue #28). No published
 * port-to-port distance for these pairs could be found in the stored sources (searched for sea
 * distance tables: only the NGA Pub. 151 description and sailing blogs came back), so each route
 * is checked against the great circle between the harbours (a hard lower bound: no path is
 * shorter) and a stated upper bound: 1.2 × for an open-ocean crossing, more where the great
 * circle crosses land and the route must go round it (said per pair).
 */
import { describe, expect, it } from 'vitest';
import { loadSeaRouter } from '../../scripts/lib/load-network';
import { geodesicKm } from '../../src/lib/routing/index';

const router = loadSeaRouter();

const GOLDEN: {
  from: string;
  to: string;
  ocean: string;
  max: number;
  passages: string[];
  why?: string;
}[] = [
  { from: 'Santos', to: 'Durban', ocean: 'South Atlantic', max: 1.2, passages: [] },
  { from: 'Buenos Aires', to: 'Cape Town', ocean: 'South Atlantic', max: 1.2, passages: [] },
  { from: 'Valparaíso', to: 'los-angeles', ocean: 'East Pacific', max: 1.2, passages: [] },
  { from: 'Vancouver, CA', to: 'busan', ocean: 'North Pacific', max: 1.2, passages: [] },
  { from: 'Honolulu', to: 'yokohama', ocean: 'North Pacific', max: 1.2, passages: [] },
  { from: 'USNYC', to: 'rotterdam', ocean: 'North Atlantic', max: 1.2, passages: ['dover'] },
  { from: 'Reykjavik', to: 'Halifax', ocean: 'North Atlantic', max: 1.2, passages: [] },
  { from: 'Fremantle', to: 'colombo', ocean: 'Indian Ocean', max: 1.2, passages: [] },
  { from: 'Sabang', to: 'chennai', ocean: 'Bay of Bengal', max: 1.2, passages: [] },
  {
    from: 'Mombasa',
    to: 'singapore',
    ocean: 'Indian Ocean',
    max: 1.25,
    passages: ['malacca'],
    why: 'round the north of Sumatra and down the Strait of Malacca',
  },
  {
    from: 'Dar es Salaam',
    to: 'jeddah',
    ocean: 'Indian Ocean, Red Sea',
    max: 1.6,
    passages: ['babelmandeb'],
    why: 'the great circle crosses the Horn of Africa; the route goes round it',
  },
  {
    from: 'NGLOS',
    to: 'rotterdam',
    ocean: 'Gulf of Guinea, North Atlantic',
    max: 1.6,
    passages: ['dover'],
    why: 'the great circle crosses the Sahara and Spain; the route rounds the bulge of West Africa',
  },
];

describe('golden routes between World Port Index ports', () => {
  it.each(GOLDEN)('$from → $to ($ocean)', ({ from, to, max, passages }) => {
    const ends = [from, to].map((q) => {
      const r = router.resolvePort(q.replace(', CA', ''));
      if (r.kind === 'ambiguous') return r.candidates.find((p) => p.country === 'CA')!;
      if (r.kind !== 'port') throw new Error(`${q}: ${r.kind}`);
      return r.port;
    });
    const [a, b] = ends as [NonNullable<(typeof ends)[0]>, NonNullable<(typeof ends)[0]>];
    const r = router.findSeaRoute(a.id, b.id);
    if (!r.ok) throw new Error(r.error.message);
    const gc = geodesicKm(...a.coordinates, ...b.coordinates);
    expect(r.route.km).toBeGreaterThanOrEqual(gc);
    expect(r.route.km).toBeLessThanOrEqual(gc * max);
    expect(r.route.passages).toEqual(passages);
    expect(r.route.coordinates[0]).toEqual(a.coordinates);
    expect(r.route.origin.approachLandKm ?? 0).toBe(0);
    expect(r.route.destination.approachLandKm ?? 0).toBe(0);
  });
});
