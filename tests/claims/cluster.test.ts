/** Claim clusters (src/lib/claims/cluster.ts): which markers show, in which slot, and when. */
import { describe, expect, it } from 'vitest';
import { CLAIM_LIST } from '../../src/content/claims';
import { CLUSTER_MIN, layoutMarkers } from '../../src/lib/claims/cluster';

const claims = CLAIM_LIST.map((c) => ({ id: c.id, place: c.places[0] }));
const all = new Set(claims.map((c) => c.id));
const atDelhi = claims.filter((c) => c.place === 'new-delhi').map((c) => c.id);

describe('layoutMarkers', () => {
  it('folds New Delhi’s nine claims into one cluster with its count', () => {
    expect(atDelhi).toHaveLength(9);
    const layout = layoutMarkers(claims, all, null, new Set());
    expect(layout.clusters).toEqual([{ place: 'new-delhi', count: 9, expanded: false }]);
    for (const id of atDelhi) expect(layout.markers.has(id)).toBe(false);
    // Places with fewer claims keep their markers.
    expect(layout.markers.get('chennai-vladivostok')).toEqual({ slot: 0, count: 1 });
    expect(layout.markers.size).toBe(claims.length - 9);
  });

  it('opens the fan when the reader expands the cluster, slots in catalogue order', () => {
    const layout = layoutMarkers(claims, all, null, new Set(['new-delhi']));
    expect(layout.clusters[0]?.expanded).toBe(true);
    expect(atDelhi.map((id) => layout.markers.get(id))).toEqual(
      atDelhi.map((_, slot) => ({ slot, count: 9 })),
    );
  });

  it('opens the fan when one of its claims is open', () => {
    const layout = layoutMarkers(claims, all, 'relos', new Set());
    expect(layout.clusters[0]?.expanded).toBe(true);
    expect(layout.markers.has('relos')).toBe(true);
  });

  it('numbers the fan among the shown claims only (a tour step showing two of nine)', () => {
    const shown = new Set(['ak-203', 'agreements'] as const);
    const layout = layoutMarkers(claims, shown, null, new Set());
    expect(layout.clusters).toEqual([]);
    expect(layout.markers.get('agreements')).toEqual({ slot: 0, count: 2 });
    expect(layout.markers.get('ak-203')).toEqual({ slot: 1, count: 2 });
  });

  it(`clusters from ${CLUSTER_MIN} claims at one place, not fewer`, () => {
    const shown = new Set(atDelhi.slice(0, CLUSTER_MIN - 1));
    expect(layoutMarkers(claims, shown, null, new Set()).clusters).toEqual([]);
    const more = new Set(atDelhi.slice(0, CLUSTER_MIN));
    expect(layoutMarkers(claims, more, null, new Set()).clusters).toHaveLength(1);
  });

  it('shows nothing for nothing shown', () => {
    const layout = layoutMarkers(claims, new Set(), null, new Set(['new-delhi']));
    expect(layout.markers.size).toBe(0);
    expect(layout.clusters).toEqual([]);
  });
});
