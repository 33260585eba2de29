/**
 * The planner's part of the URL state, and its rules: passage lists are canonical (each id once,
 * sorted); a passage both avoided and opened is avoided, and one both avoided and forced
 * (`through`) is not forced (docs/url-format.md). The codec, the actions and the routing request
 * all go through here.
 */
import type { PassageId } from '../routing/passages';
import { roundTo } from './numbers';
import {
  MAX_PINS,
  MAX_VIA,
  PLAIN_VOYAGE,
  type PinnedRoute,
  type Place,
  type UrlState,
  type VoyageSettings,
} from './state';

/** A change to the planner's ends, passages, voyage or pins; what it leaves out stays as it was. */
export interface PlannerPatch extends Partial<VoyageSettings> {
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

/** Forced passages made canonical; `unforced` = those removed because they are avoided. */
export function canonicalThrough(
  through: readonly PassageId[],
  avoid: readonly PassageId[],
): { through: PassageId[]; unforced: PassageId[] } {
  const t = canonical(through);
  return {
    through: t.filter((id) => !avoid.includes(id)),
    unforced: t.filter((id) => avoid.includes(id)),
  };
}

/** A pin's voyage settings, with the defaults of a plain route for what it leaves out. */
export function voyageOf(x: Partial<VoyageSettings>): VoyageSettings {
  return {
    via: x.via ?? PLAIN_VOYAGE.via,
    through: x.through ?? PLAIN_VOYAGE.through,
    draft: x.draft ?? null,
    month: x.month ?? null,
  };
}

/** Voyage settings as a canonical pin carries them: only those that differ from a plain route. */
function compactVoyage(v: VoyageSettings): Partial<VoyageSettings> {
  return {
    ...(v.via.length > 0 ? { via: v.via } : {}),
    ...(v.through.length > 0 ? { through: v.through } : {}),
    ...(v.draft !== null ? { draft: v.draft } : {}),
    ...(v.month !== null ? { month: v.month } : {}),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The state with `patch` applied, its passage lists canonical; the same object if unchanged. */
export function setPlanner(url: UrlState, patch: PlannerPatch): UrlState {
  const route = setRoute(url, patch);
  return patch.pins ? setPins(route, patch.pins) : route;
}

/** The state with the patch's ends, passages and voyage settings applied. */
function setRoute(url: UrlState, patch: PlannerPatch): UrlState {
  const { avoid, open } = canonicalPassages(patch.avoid ?? url.avoid, patch.open ?? url.open);
  const { through } = canonicalThrough(patch.through ?? url.through, avoid);
  const via = (patch.via ?? url.via).slice(0, MAX_VIA);
  const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
  const from = pick(patch.from, url.from);
  const to = pick(patch.to, url.to);
  const draft = pick(patch.draft, url.draft);
  const month = pick(patch.month, url.month);
  const next: UrlState = {
    ...url,
    from,
    to,
    avoid: sameList(avoid, url.avoid) ? url.avoid : avoid,
    open: sameList(open, url.open) ? url.open : open,
    via: sameList(via, url.via) ? url.via : via,
    through: sameList(through, url.through) ? url.through : through,
    // The URL keeps a draft to 10 cm (docs/url-format.md), the actions too.
    draft: draft === null ? null : roundTo(draft, 1),
    month,
  };
  const unchanged = (Object.keys(next) as (keyof UrlState)[]).every((k) => next[k] === url[k]);
  return unchanged ? url : next;
}

/** A pin with canonical passage lists and only the voyage settings that differ from a plain route. */
export function canonicalPin(pin: PinnedRoute): PinnedRoute {
  const { avoid, open } = canonicalPassages(pin.avoid, pin.open);
  const v = voyageOf(pin);
  const { through } = canonicalThrough(v.through, avoid);
  const draft = v.draft === null ? null : roundTo(v.draft, 1);
  return {
    from: pin.from,
    to: pin.to,
    avoid,
    open,
    ...compactVoyage({ ...v, via: v.via.slice(0, MAX_VIA), through, draft }),
  };
}

/** A string equal for pins that ask the same question. */
const pinIdentity = (p: PinnedRoute) => {
  const v = voyageOf(p);
  return JSON.stringify([p.from, p.to, p.avoid, p.open, v.via, v.through, v.draft, v.month]);
};

/**
 * The state with `pins` pinned: each pin canonical, repeats dropped, at most MAX_PINS (the first
 * ones kept); the same object if unchanged.
 */
export function setPins(url: UrlState, pins: readonly PinnedRoute[]): UrlState {
  const seen = new Set<string>();
  const next: PinnedRoute[] = [];
  for (const pin of pins) {
    const c = canonicalPin(pin);
    if (seen.has(pinIdentity(c)) || next.length === MAX_PINS) continue;
    seen.add(pinIdentity(c));
    next.push(c);
  }
  const same =
    next.length === url.pins.length &&
    next.every((p, i) => pinIdentity(p) === pinIdentity(canonicalPin(url.pins[i]!)));
  return same ? url : { ...url, pins: next };
}
