/** Pinning routes for comparison: labels, limits, order and keys (issue #17). */
import { describe, expect, it } from 'vitest';
import { cannotPin, pin, pinIndex, pinKey, pinLabel, unpin } from '../../src/lib/planner/pins';
import type { PlannerRequest } from '../../src/lib/planner/plan';
import { DEFAULT_STATE, MAX_PINS, PLAIN_VOYAGE, type Place } from '../../src/lib/url/state';

const port = (id: string): Place => ({ kind: 'port', id });
const route = (from: string, to: string, avoid: string[] = [], open: string[] = []) =>
  ({ ...PLAIN_VOYAGE, from: port(from), to: port(to), avoid, open }) as PlannerRequest;
const label = (p: Place) => (p.kind === 'port' ? p.id : 'point');

describe('pinned routes', () => {
  it('are named by their ends and what they close or open', () => {
    expect(pinLabel(route('mumbai', 'st-petersburg'), label)).toBe('mumbai → st-petersburg');
    expect(pinLabel(route('mumbai', 'st-petersburg', ['babelmandeb', 'suez']), label)).toBe(
      'mumbai → st-petersburg, Bab-el-Mandeb and Suez Canal closed',
    );
    expect(pinLabel(route('a', 'b', ['malacca', 'sunda', 'suez'], ['northeast']), label)).toBe(
      'a → b, Strait of Malacca, Sunda Strait and Suez Canal closed, Northern Sea Route open',
    );
  });

  it('have one key however their passage lists are ordered', () => {
    expect(pinKey(route('a', 'b', ['suez', 'malacca']))).toBe(
      pinKey(route('a', 'b', ['malacca', 'suez'])),
    );
    expect(pinKey(route('a', 'b', ['suez']))).not.toBe(pinKey(route('a', 'b')));
  });

  it('are added after the others, once each, at most three', () => {
    let url = DEFAULT_STATE;
    const routes = [
      route('chennai', 'vladivostok'),
      route('chennai', 'vladivostok', ['malacca']),
      route('chennai', 'vladivostok', ['sunda', 'malacca']),
      route('mumbai', 'st-petersburg'),
    ];
    for (const r of routes.slice(0, MAX_PINS)) {
      expect(cannotPin(url, r)).toBeNull();
      url = pin(url, r);
    }
    expect(url.pins.map((p) => p.avoid)).toEqual([[], ['malacca'], ['malacca', 'sunda']]);
    expect(pinIndex(url, route('chennai', 'vladivostok', ['malacca', 'sunda']))).toBe(2);
    expect(cannotPin(url, routes[1]!)).toMatch(/is pinned/);
    expect(cannotPin(url, routes[3]!)).toMatch(/At most 3/);
    expect(pin(url, routes[3]!)).toBe(url);
    expect(cannotPin(url, null)).toMatch(/origin and a destination/);
  });

  it('are removed by position, the rest keeping their order', () => {
    let url = DEFAULT_STATE;
    for (const r of [route('a', 'b'), route('a', 'c'), route('a', 'd')]) url = pin(url, r);
    url = unpin(url, 1);
    expect(url.pins.map((p) => (p.to.kind === 'port' ? p.to.id : ''))).toEqual(['b', 'd']);
    expect(pinIndex(url, route('a', 'c'))).toBe(-1);
  });
});
