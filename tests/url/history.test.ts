import { describe, expect, test } from 'vitest';
import type { Scheduler } from '../../src/lib/url/history';
import { decideHistoryAction, throttle } from '../../src/lib/url/history';
import type { UrlState } from '../../src/lib/url/state';
import { DEFAULT_STATE } from '../../src/lib/url/state';

const camera = { zoom: 3, lat: 10, lng: 80, bearing: 0, pitch: 0 };
const base: UrlState = { ...DEFAULT_STATE, camera };

describe('decideHistoryAction', () => {
  test.each<[string, Partial<UrlState>]>([
    ['view', { view: 'malacca' }],
    ['claim', { claim: 'relos' }],
    ['panel', { panel: 'planner' }],
    ['from', { from: { kind: 'port', id: 'chennai' } }],
    ['to point', { to: { kind: 'point', lng: 90, lat: 10 } }],
    ['avoid', { avoid: ['suez'] }],
    ['open', { open: ['northeast'] }],
    ['view and camera', { view: 'corridor', camera: null }],
  ])('%s change pushes', (_name, change) => {
    expect(decideHistoryAction(base, { ...base, ...change })).toBe('push');
  });

  test.each<[string, Partial<UrlState>]>([
    ['camera', { camera: { ...camera, zoom: 3.5 } }],
    ['camera cleared', { camera: null }],
    ['speed', { speed: 20 }],
    ['allowance', { allowance: 0 }],
    ['layers', { layers: ['corridor'] }],
    ['layers emptied', { layers: [] }],
  ])('%s change replaces', (_name, change) => {
    expect(decideHistoryAction(base, { ...base, ...change })).toBe('replace');
  });

  test('equal states, even as different objects, need nothing', () => {
    const a: UrlState = { ...base, from: { kind: 'point', lng: 1, lat: 2 }, avoid: ['suez'] };
    const b: UrlState = { ...base, from: { kind: 'point', lng: 1, lat: 2 }, avoid: ['suez'] };
    expect(decideHistoryAction(a, b)).toBe('none');
    expect(decideHistoryAction(base, { ...base, camera: { ...camera } })).toBe('none');
  });

  test('a moved point at sea is navigation', () => {
    const a: UrlState = { ...base, to: { kind: 'point', lng: 1, lat: 2 } };
    expect(decideHistoryAction(a, { ...a, to: { kind: 'point', lng: 1, lat: 2.5 } })).toBe('push');
    expect(decideHistoryAction(a, { ...a, to: { kind: 'port', id: 'x' } })).toBe('push');
  });
});

/** A fake clock: timers run when `advance` passes their due time. */
function fakeScheduler() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 0;
  const scheduler: Scheduler = {
    now: () => now,
    setTimeout(run, ms) {
      timers.push({ at: now + ms, run, id: nextId });
      return nextId++;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((x) => x !== t);
      t.run();
    }
  };
  return { scheduler, advance, pending: () => timers.length };
}

describe('throttle', () => {
  test('runs at once, then once per period with the latest arguments', () => {
    const { scheduler, advance } = fakeScheduler();
    const calls: [number, number][] = [];
    const t = throttle((x: number) => calls.push([scheduler.now(), x]), 300, scheduler);
    t.call(1);
    t.call(2);
    t.call(3);
    expect(calls).toEqual([[0, 1]]);
    advance(299);
    expect(calls).toEqual([[0, 1]]);
    advance(1);
    expect(calls).toEqual([
      [0, 1],
      [300, 3],
    ]);
    advance(1000);
    t.call(4);
    expect(calls.at(-1)).toEqual([1300, 4]);
    expect(calls).toHaveLength(3);
  });

  test('a burst of 1,000 calls over 30 s stays within Mobile Safari’s 100 updates', () => {
    const { scheduler, advance } = fakeScheduler();
    let runs = 0;
    const t = throttle(() => runs++, 300, scheduler);
    for (let i = 0; i < 1000; i++) {
      t.call();
      advance(30);
    }
    expect(runs).toBeLessThanOrEqual(101);
    expect(runs).toBeGreaterThanOrEqual(99);
  });

  test('flush runs the pending call now; cancel drops it', () => {
    const { scheduler, advance, pending } = fakeScheduler();
    const seen: string[] = [];
    const t = throttle((s: string) => seen.push(s), 300, scheduler);
    t.call('a');
    t.call('b');
    t.flush();
    expect(seen).toEqual(['a', 'b']);
    expect(pending()).toBe(0);
    t.call('c');
    t.cancel();
    advance(1000);
    expect(seen).toEqual(['a', 'b']);
    t.flush();
    expect(seen).toEqual(['a', 'b']);
  });
});
