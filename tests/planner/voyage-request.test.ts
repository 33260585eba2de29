/**
 * The planner's pipeline below the UI carries voyages (issue #30): the request built from the
 * URL (or a pin), its key, the query the worker answers, the pin's label, the downloaded feature
 * with its legs and reasons, and the days with the allowance counted per port call.
 */
import { describe, expect, it } from 'vitest';
import {
  compareWithCorridor,
  plannedRouteFeature,
  plannerRequest,
  queryFor,
  requestKey,
  type PlannerRequest,
} from '../../src/lib/planner/plan';
import { pinLabel } from '../../src/lib/planner/pins';
import { parseHash } from '../../src/lib/url/codec';
import { answer } from '../../src/route-worker/router-core';
import type { Place } from '../../src/lib/url/state';
import { loadSeaRouter } from '../../scripts/lib/load-network';

const router = loadSeaRouter();
const catalogues = { portIds: new Set(router.ports.map((p) => p.id)) };
const request = (hash: string): PlannerRequest =>
  plannerRequest(parseHash(hash, catalogues).state)!;

const VOYAGE = '#from=chennai&to=vladivostok&via=colombo,singapore&through=sunda&draft=16&month=8';

describe('the request', () => {
  it('carries the stops, forced passages, draft and month of the link', () => {
    expect(request(VOYAGE)).toMatchObject({
      via: ['colombo', 'singapore'],
      through: ['sunda'],
      draft: 16,
      month: 8,
    });
  });

  it('has a key that changes with each of them', () => {
    const keys = [
      '#from=chennai&to=vladivostok',
      '#from=chennai&to=vladivostok&via=colombo',
      '#from=chennai&to=vladivostok&through=sunda',
      '#from=chennai&to=vladivostok&draft=16',
      '#from=chennai&to=vladivostok&month=8',
      VOYAGE,
    ].map((h) => requestKey(request(h)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is named with its stops and settings when pinned', () => {
    const label = (p: Place) => (p.kind === 'port' ? router.getPort(p.id)!.name : 'a point');
    expect(pinLabel(request(VOYAGE), label)).toBe(
      'Chennai → Vladivostok via Colombo and Singapore, through Sunda Strait, draft 16 m, in August',
    );
  });
});

describe('the worker’s answer', () => {
  it('is the router’s voyage for the request: legs, closures and all', () => {
    const { result } = answer(router, queryFor(request(`${VOYAGE}&avoid=malacca`)));
    const direct = router.findVoyage('chennai', 'vladivostok', {
      via: ['colombo', 'singapore'],
      through: ['sunda'],
      avoid: ['malacca'],
      draftM: 16,
      month: 8,
    });
    expect(result).toEqual(direct);
    expect(result.ok && result.route.legs).toHaveLength(3);
  });

  it('leaves draft and month out when the link has none (no check, as before)', () => {
    const query = queryFor(request('#from=murmansk&to=vladivostok&open=northeast'));
    expect([query.draftM, query.month, query.via, query.through]).toEqual([null, null, [], []]);
    const { result } = answer(router, query);
    expect(result.ok && result.route.passages).toContain('northeast');
  });

  it('answers a hostile query with a refusal in words, never a throw', () => {
    const query = {
      ...queryFor(request('#from=mumbai&to=st-petersburg')),
      through: ['cape' as never],
    };
    const { result } = answer(router, query);
    expect(!result.ok && result.error.message).toContain('"cape" is not a passage');
  });
});

describe('the downloaded feature and the days', () => {
  const r = request(VOYAGE);
  const result = answer(router, queryFor(r)).result;
  if (!result.ok) throw new Error(result.error.message);
  const v = result.route;

  it('carries the legs, what closed passages and why, and the voyage settings', () => {
    const props = plannedRouteFeature(v, r).properties!;
    expect(props).toMatchObject({
      via: ['colombo', 'singapore'],
      through: ['sunda'],
      draftM: 16,
      month: 8,
    });
    expect((props.legs as { from: string; to: string }[]).map((l) => `${l.from}-${l.to}`)).toEqual([
      'chennai-colombo',
      'colombo-singapore',
      'singapore-vladivostok',
    ]);
    expect(props.closedBy).toEqual(v.closedBy);
    expect(props.cautions).toEqual(v.cautions);
  });

  it('counts the allowance once per port call: three legs, three allowances', () => {
    const c = compareWithCorridor(v, v.km, 14, 2);
    expect(c.days).toBeCloseTo(v.nm / (14 * 24) + 3 * 2, 9);
    // The corridor, one call, as before.
    expect(c.corridorDays).toBeCloseTo(v.nm / (14 * 24) + 2, 9);
  });
});
