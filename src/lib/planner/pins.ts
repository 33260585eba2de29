/**
 * Routes pinned in the planner for side-by-side comparison (issue #17), as pure helpers: what a
 * pin is called, whether the route on screen is pinned, and the state with one pinned or unpinned.
 * The pins live in the URL (`pins=`); src/ui/planner/lazy/planner-pins.ts computes and shows them.
 */
import { formatMetres, monthName } from '../routing/passage-limits';
import { setPins, voyageOf } from '../url/planner';
import { MAX_PINS, type PinnedRoute, type Place, type UrlState } from '../url/state';
import { passageNames, plannerRequest, requestKey, type PlannerRequest } from './plan';

/** The key of a pin: equal for pins that ask the same question, however their lists are ordered. */
export function pinKey(pin: PinnedRoute): string {
  return requestKey(plannerRequest(pin)!);
}

/** "A, B and C" (or "A" alone). */
function listWords(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * What a reader calls a pin: "Mumbai → St Petersburg, Suez Canal and Bab-el-Mandeb closed",
 * "Murmansk → Vladivostok, Northern Sea Route open, in August", "Chennai → Vladivostok via
 * Colombo and Singapore"; the passages it sails through are in the table, not here.
 */
export function pinLabel(pin: PinnedRoute, label: (place: Place) => string): string {
  const v = voyageOf(pin);
  const via = v.via.map((id) => label({ kind: 'port', id }));
  const settings = [
    pin.avoid.length > 0 ? `${listWords(passageNames(pin.avoid))} closed` : '',
    pin.open.length > 0 ? `${listWords(passageNames(pin.open))} open` : '',
    v.through.length > 0 ? `through ${listWords(passageNames(v.through))}` : '',
    v.draft !== null ? `draft ${formatMetres(v.draft)}` : '',
    v.month !== null ? `in ${monthName(v.month)}` : '',
  ].filter(Boolean);
  const ends = `${label(pin.from)} → ${label(pin.to)}${via.length > 0 ? ` via ${listWords(via)}` : ''}`;
  return [ends, ...settings].join(', ');
}

/** Where the request is among the pins (-1: not pinned). */
export function pinIndex(url: UrlState, request: PlannerRequest): number {
  const key = requestKey(request);
  return url.pins.findIndex((pin) => pinKey(pin) === key);
}

/** Why the request cannot be pinned, or null if it can. */
export function cannotPin(url: UrlState, request: PlannerRequest | null): string | null {
  if (!request) return 'Choose an origin and a destination first.';
  if (pinIndex(url, request) >= 0) return 'This route is pinned.';
  if (url.pins.length >= MAX_PINS) return `At most ${MAX_PINS} routes are pinned; unpin one first.`;
  return null;
}

/** The state with the request pinned after the others (unchanged if it cannot be). */
export function pin(url: UrlState, request: PlannerRequest): UrlState {
  return cannotPin(url, request) ? url : setPins(url, [...url.pins, request]);
}

/** The state without pin `index`. */
export function unpin(url: UrlState, index: number): UrlState {
  return setPins(
    url,
    url.pins.filter((_, i) => i !== index),
  );
}
