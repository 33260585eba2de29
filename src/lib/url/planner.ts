/**
 * The planner's part of the URL state, and its one rule: passage lists are canonical (each id
 * once, sorted) and a passage both avoided and opened is avoided (docs/url-format.md). The codec,
 * the actions and the routing request all go through here.
 */
import type { PassageId } from '../routing/passages';
import { MAX_PINS, type PinnedRoute, type Place, type UrlState } from './state';

/** A change to the planner's ends, passages or pins; what it leaves out stays as it was. */
export interface PlannerPatch {
  readonly from?: Place | null;
  readonly to?: Place | null;
  readonly avoid?: readonly PassageId[];
  readonly open?: readonly PassageId[];
  /** The routes pinned for comparison (setPins' rules). */
  readonly pins?: readonly PinnedRoute[];
}

const canonical = (ids: readonly PassageId[]): PassageId[] =>
  [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Avoid and open lists made canonical; `dropped` = the opened ids removed because avoided. */
export function canonicalPassages(
  avoid: readonly PassageId[],
  open: readonly PassageId[],
): { avoid: PassageId[]; open: PassageId[]; dropped: PassageId[] } {
  const a = canonical(avoid);
  const o = canonical(open);
  return {
    avoid: a,
    open: o.filter((id) => !a.includes(id)),
    dropped: o.filter((id) => a.includes(id)),
  };
}

const sameList = (a: readonly PassageId[], b: readonly PassageId[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The state with `patch` applied, its passage lists canonical; the same object if unchanged. */
export function setPlanner(url: UrlState, patch: PlannerPatch): UrlState {
  const route = setRoute(url, patch);
  return patch.pins ? setPins(route, patch.pins) : route;
}

/** The state with the patch's ends and passages applied. */
function setRoute(url: UrlState, patch: PlannerPatch): UrlState {
  const { avoid, open } = canonicalPassages(patch.avoid ?? url.avoid, patch.open ?? url.open);
  const from = patch.from === undefined ? url.from : patch.from;
  const to = patch.to === undefined ? url.to : patch.to;
  if (
    from === url.from &&
    to === url.to &&
    sameList(avoid, url.avoid) &&
    sameList(open, url.open)
  ) {
    return url;
  }
  return {
    ...url,
    from,
    to,
    avoid: sameList(avoid, url.avoid) ? url.avoid : avoid,
    open: sameList(open, url.open) ? url.open : open,
  };
}

/**
 * The state with `pins` pinned: each pin's passages canonical, repeats dropped, at most MAX_PINS
 * (the first ones kept); the same object if unchanged.
 */
export function setPins(url: UrlState, pins: readonly PinnedRoute[]): UrlState {
  const key = (p: PinnedRoute) => JSON.stringify([p.from, p.to, p.avoid, p.open]);
  const seen = new Set<string>();
  const next: PinnedRoute[] = [];
  for (const pin of pins) {
    const { avoid, open } = canonicalPassages(pin.avoid, pin.open);
    const canonical = { from: pin.from, to: pin.to, avoid, open };
    if (seen.has(key(canonical)) || next.length === MAX_PINS) continue;
    seen.add(key(canonical));
    next.push(canonical);
  }
  const same =
    next.length === url.pins.length && next.every((p, i) => key(p) === key(url.pins[i]!));
  return same ? url : { ...url, pins: next };
}
