import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AVOIDABLE_PASSAGES,
  OPENABLE_PASSAGES,
  compareWithCorridor,
  placeLabel,
  plannedRouteFeature,
  plannerRequest,
  pointPlace,
  requestKey,
} from '../../src/lib/planner/plan';
import { SCENARIO_LIST } from '../../src/lib/planner/scenarios';
import { PASSAGES, PASSAGE_IDS, type PassageId } from '../../src/lib/routing/passages';
import { parsePorts } from '../../src/lib/routing/ports';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import { DEFAULT_STATE, type Place, type UrlState } from '../../src/lib/url/state';
import { loadSeaRouter } from '../../scripts/lib/load-network';

const ports = parsePorts(JSON.parse(readFileSync('geo/ports.geojson', 'utf8')));
const catalogues = { portIds: new Set(ports.map((p) => p.id)) };

describe('planner state in the URL', () => {
  const roundTrip = (state: UrlState) => parseHash(serializeHash(state), catalogues);

  it.each([
    ['#panel=planner&from=chennai&to=vladivostok&avoid=malacca', 'malacca'],
    ['#from=murmansk&to=vladivostok&open=northeast', null],
    ['#from=p:88.1234,15.5&to=p:-169.5,65.75&avoid=bering,suez', 'bering'],
  ])('reads %s and writes it back unchanged', (hash, avoided) => {
    const { state, problems } = parseHash(hash, catalogues);
    expect(problems).toEqual([]);
    expect(serializeHash(state)).toBe(hash);
    if (avoided) expect(state.avoid).toContain(avoided);
  });

  it('keeps points as points (p:lng,lat, 4 decimals)', () => {
    const { state } = parseHash('#from=p:88.1234,15.5&to=vladivostok', catalogues);
    expect(state.from).toEqual({ kind: 'point', lng: 88.1234, lat: 15.5 });
    expect(state.to).toEqual({ kind: 'port', id: 'vladivostok' });
  });

  it('round-trips every preset comparison', () => {
    for (const p of SCENARIO_LIST) {
      const state: UrlState = {
        ...DEFAULT_STATE,
        panel: 'planner',
        ...p.routes.at(-1)!,
        pins: p.routes,
      };
      const back = roundTrip(state);
      expect(back.problems).toEqual([]);
      expect(plannerRequest(back.state)).toEqual(plannerRequest(state));
      expect(back.state.pins).toEqual(p.routes);
    }
  });

  it('round-trips any planner state (property)', () => {
    const portId = fc.constantFrom(...ports.map((p) => p.id));
    const place: fc.Arbitrary<Place> = fc.oneof(
      portId.map((id) => ({ kind: 'port' as const, id })),
      fc
        .tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -85, max: 85, noNaN: true }),
        )
        .map(([lng, lat]) => pointPlace([lng, lat])),
    );
    const ids = fc.uniqueArray(fc.constantFrom(...PASSAGE_IDS)).map((a) => [...a].sort());
    fc.assert(
      fc.property(place, place, ids, ids, (from, to, avoid, open0) => {
        const open = open0.filter((id) => !avoid.includes(id));
        const state: UrlState = { ...DEFAULT_STATE, from, to, avoid, open };
        const back = roundTrip(state);
        expect(back.problems).toEqual([]);
        expect(requestKey(plannerRequest(back.state)!)).toBe(requestKey(plannerRequest(state)!));
      }),
      { numRuns: 300 },
    );
  });
});

describe('plannerRequest / requestKey', () => {
  it('needs both ends', () => {
    expect(plannerRequest({ ...DEFAULT_STATE, from: { kind: 'port', id: 'chennai' } })).toBeNull();
  });

  it('lets avoid win over open (the one rule in lib/url/planner.ts)', () => {
    const r = plannerRequest({
      from: { kind: 'port', id: 'chennai' },
      to: { kind: 'port', id: 'vladivostok' },
      avoid: ['northeast', 'suez', 'northeast'],
      open: ['northeast', 'kiel'],
    });
    expect(r?.avoid).toEqual(['northeast', 'suez']);
    expect(r?.open).toEqual(['kiel']);
  });

  it('gives equal keys to equal requests and different keys otherwise', () => {
    const base = { from: { kind: 'port', id: 'a' }, to: { kind: 'port', id: 'b' } } as const;
    const k = (avoid: PassageId[], open: PassageId[] = []) =>
      requestKey(plannerRequest({ ...base, avoid, open })!);
    expect(k(['suez', 'malacca'])).toBe(k(['malacca', 'suez']));
    expect(k(['suez'])).not.toBe(k([]));
    expect(k([], ['kiel'])).not.toBe(k(['kiel']));
  });
});

describe('pointPlace', () => {
  it('wraps the longitude and rounds to 4 decimals', () => {
    expect(pointPlace([190.123456, 10.000049])).toEqual({ kind: 'point', lng: -169.8765, lat: 10 });
    expect(pointPlace([-181, -5])).toEqual({ kind: 'point', lng: 179, lat: -5 });
    expect(pointPlace([180, 0])).toEqual({ kind: 'point', lng: 180, lat: 0 });
    expect(pointPlace([-180, 0])).toEqual({ kind: 'point', lng: 180, lat: 0 });
  });
});

describe('placeLabel', () => {
  it('names a port by its name and a point by its coordinates', () => {
    expect(placeLabel({ kind: 'port', id: 'st-petersburg' }, ports)).toBe('St Petersburg');
    expect(placeLabel({ kind: 'point', lng: -169.5, lat: 65.75 }, ports)).toBe(
      'Point 65.75° N, 169.50° W',
    );
  });
});

describe('passage toggles', () => {
  it('offer every open-by-default passage to avoid and every closed one to open', () => {
    const avoidable = new Set<string>(AVOIDABLE_PASSAGES);
    const openable = new Set<string>(OPENABLE_PASSAGES);
    for (const id of PASSAGE_IDS) {
      expect(PASSAGES[id].closedByDefault ? openable.has(id) : avoidable.has(id), id).toBe(true);
    }
  });
});

describe('compareWithCorridor and the downloaded feature', () => {
  const router = loadSeaRouter();
  const corridor = router.findSeaRoute('chennai', 'vladivostok');
  const variant = router.findSeaRoute('chennai', 'vladivostok', { avoid: ['malacca'] });
  if (!corridor.ok || !variant.ok) throw new Error('routes expected');

  it('is zero against itself and positive for the Malacca detour', () => {
    const same = compareWithCorridor(corridor.route, corridor.route.km, 14, 2);
    expect(same.deltaKm).toBe(0);
    expect(same.deltaDays).toBe(0);
    const c = compareWithCorridor(variant.route, corridor.route.km, 14, 2);
    expect(c.deltaKm).toBeCloseTo(variant.route.km - corridor.route.km, 9);
    expect(c.deltaPct).toBeCloseTo((c.deltaKm / corridor.route.km) * 100, 9);
    // Days: nm / (knots × 24) + allowance for each; the allowance cancels in the difference.
    expect(c.days).toBeCloseTo(variant.route.nm / (14 * 24) + 2, 9);
    expect(c.deltaDays).toBeCloseTo(c.deltaKm / 1.852 / (14 * 24), 9);
  });

  it('carries the request and figures in the GeoJSON feature', () => {
    const request = plannerRequest({
      from: { kind: 'port', id: 'chennai' },
      to: { kind: 'point', lng: 131.9, lat: 43 },
      avoid: ['malacca'],
      open: [],
    })!;
    const f = plannedRouteFeature(variant.route, request);
    expect(f.properties).toMatchObject({
      from: 'chennai',
      to: [131.9, 43],
      avoid: ['malacca'],
      open: [],
      passages: variant.route.passages,
    });
    expect(f.properties?.km).toBeCloseTo(variant.route.km, 1);
    expect(f.properties?.nm).toBeCloseTo(variant.route.nm, 1);
    expect(String(f.properties?.method)).toMatch(/marnet/);
    expect(f.geometry.coordinates).toHaveLength(variant.route.coordinates.length);
  });
});
