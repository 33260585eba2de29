/**
 * Routes pinned in the planner for side-by-side comparison (issue #17), as pure helpers: what a
 * pin is called, whether the route on screen is pinned, and the state with one pinned or unpinned.
 * The pins live in the URL (`pins=`); src/ui/planner/lazy/planner-pins.ts computes and shows them.
 */
import { formatMetres, monthName } from '../routing/passage-limits';
import { setPins, voyageOf } from '../url/planner';
import { MAX_PINS, type PinnedRoute, type Place, type UrlState } from '../url/state';
import type { PassageId } from '../routing/passages';
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
export function pinLabel(
  pin: PinnedRoute,
  label: (place: Place) => string,
  words: PinWords = ENGLISH_PIN_WORDS,
): string {
  const v = voyageOf(pin);
  const list = (ids: readonly PassageId[]) => (ids.length > 0 ? words.list(ids) : null);
  return words.label({
    from: label(pin.from),
    to: label(pin.to),
    via: v.via.length > 0 ? words.places(v.via.map((id) => label({ kind: 'port', id }))) : null,
    closed: list(pin.avoid),
    open: list(pin.open),
    through: list(v.through),
    draftM: v.draft,
    month: v.month,
  });
}

/** The parts of a pin's label, each null when the pin has none. */
export interface PinParts {
  from: string;
  to: string;
  /** The stops, as a list of names. */
  via: string | null;
  /** Passages avoided, opened and forced, each as a list of names. */
  closed: string | null;
  open: string | null;
  through: string | null;
  draftM: number | null;
  month: number | null;
}

/** How a pin's label is worded in a language (the planner passes its messages'). */
export interface PinWords {
  /** Passages as a list: "Suez Canal and Bab-el-Mandeb". */
  list(ids: readonly PassageId[]): string;
  /** Place names as a list: "Colombo and Singapore". */
  places(names: readonly string[]): string;
  /** The whole label from its parts. */
  label(parts: PinParts): string;
}

const ENGLISH_PIN_WORDS: PinWords = {
  list: (ids) => listWords(passageNames(ids)),
  places: listWords,
  label: (p) =>
    [
      `${p.from} → ${p.to}${p.via ? ` via ${p.via}` : ''}`,
      p.closed && `${p.closed} closed`,
      p.open && `${p.open} open`,
      p.through && `through ${p.through}`,
      p.draftM !== null && `draft ${formatMetres(p.draftM)}`,
      p.month !== null && `in ${monthName(p.month)}`,
    ]
      .filter(Boolean)
      .join(', '),
};

/** Where the request is among the pins (-1: not pinned). */
export function pinIndex(url: UrlState, request: PlannerRequest): number {
  const key = requestKey(request);
  return url.pins.findIndex((pin) => pinKey(pin) === key);
}

/** Why the request cannot be pinned (no route yet, pinned already, no room), or null if it can. */
export function pinRefusal(
  url: UrlState,
  request: PlannerRequest | null,
): 'no-route' | 'pinned' | 'full' | null {
  if (!request) return 'no-route';
  if (pinIndex(url, request) >= 0) return 'pinned';
  if (url.pins.length >= MAX_PINS) return 'full';
  return null;
}

/** Why the request cannot be pinned, in English, or null if it can. */
export function cannotPin(url: UrlState, request: PlannerRequest | null): string | null {
  switch (pinRefusal(url, request)) {
    case 'no-route':
      return 'Choose an origin and a destination first.';
    case 'pinned':
      return 'This route is pinned.';
    case 'full':
      return `At most ${MAX_PINS} routes are pinned; unpin one first.`;
    case null:
      return null;
  }
}

/** The state with the request pinned after the others (unchanged if it cannot be). */
export function pin(url: UrlState, request: PlannerRequest): UrlState {
  return pinRefusal(url, request) ? url : setPins(url, [...url.pins, request]);
}

/** The state without pin `index`. */
export function unpin(url: UrlState, index: number): UrlState {
  return setPins(
    url,
    url.pins.filter((_, i) => i !== index),
  );
}
