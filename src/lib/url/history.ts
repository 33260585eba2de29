/**
 * When a state change becomes a browser history entry. Deliberate navigation (a preset, a claim,
 * a panel, a planner query) pushes, so Back returns to the previous view; camera drags and
 * slider moves replace, throttled, because Mobile Safari refuses more than 100 hash updates per
 * 30 s (the reason MapLibre throttles its own hash, src/ui/hash.ts).
 */
import { pinToken } from './tokens';
import type { Place, UrlState } from './state';

export type HistoryAction = 'push' | 'replace' | 'none';

/** MapLibre's hash interval: 30 s / 100 updates. */
export const HASH_UPDATE_INTERVAL_MS = 300;

function samePlace(a: Place | null, b: Place | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'port') return b.kind === 'port' && a.id === b.id;
  return b.kind === 'point' && a.lng === b.lng && a.lat === b.lat;
}

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameCamera(a: UrlState['camera'], b: UrlState['camera']): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.zoom === b.zoom &&
    a.lat === b.lat &&
    a.lng === b.lng &&
    a.bearing === b.bearing &&
    a.pitch === b.pitch
  );
}

/** 'push' for deliberate navigation, 'replace' for camera/setting changes, 'none' if equal. */
export function decideHistoryAction(prev: UrlState, next: UrlState): HistoryAction {
  const navigated =
    prev.view !== next.view ||
    prev.claim !== next.claim ||
    prev.panel !== next.panel ||
    !samePlace(prev.from, next.from) ||
    !samePlace(prev.to, next.to) ||
    !sameList(prev.avoid, next.avoid) ||
    !sameList(prev.open, next.open) ||
    !sameList(prev.via, next.via) ||
    !sameList(prev.through, next.through) ||
    prev.draft !== next.draft ||
    prev.month !== next.month ||
    !sameList(prev.pins.map(pinToken), next.pins.map(pinToken)) ||
    prev.tour !== next.tour ||
    prev.projection !== next.projection ||
    prev.lang !== next.lang;
  if (navigated) return 'push';
  const adjusted =
    !sameCamera(prev.camera, next.camera) ||
    prev.speed !== next.speed ||
    prev.allowance !== next.allowance ||
    !sameList(prev.layers, next.layers) ||
    prev.vessel !== next.vessel ||
    prev.fuel !== next.fuel ||
    prev.scrubber !== next.scrubber ||
    prev.price !== next.price ||
    prev.dues !== next.dues ||
    prev.embed !== next.embed;
  return adjusted ? 'replace' : 'none';
}

/** The clock and timer a throttle needs; the browser passes its own, tests a fake one. */
export interface Scheduler {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Throttled<A extends unknown[]> {
  /** Runs `fn` now if the period has passed, otherwise once at its end with the latest args. */
  call(...args: A): void;
  /** Runs a pending call now (e.g. before pushState, so the replaced entry is current). */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/** `fn` limited to one run per `periodMs`, leading and trailing, latest arguments winning. */
export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  periodMs: number,
  scheduler: Scheduler,
): Throttled<A> {
  let lastRun = -Infinity;
  let pending: { args: A } | null = null;
  // A separate flag: a timer handle may be any value, even 0 or undefined.
  let scheduled = false;
  let handle: unknown;

  const unschedule = () => {
    if (scheduled) scheduler.clearTimeout(handle);
    scheduled = false;
  };
  const run = () => {
    scheduled = false;
    if (pending === null) return;
    const { args } = pending;
    pending = null;
    lastRun = scheduler.now();
    fn(...args);
  };

  return {
    call(...args: A) {
      pending = { args };
      if (scheduled) return;
      const wait = lastRun + periodMs - scheduler.now();
      if (wait <= 0) {
        run();
      } else {
        scheduled = true;
        handle = scheduler.setTimeout(run, wait);
      }
    },
    flush() {
      unschedule();
      run();
    },
    cancel() {
      unschedule();
      pending = null;
    },
  };
}
