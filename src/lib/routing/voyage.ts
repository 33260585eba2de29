/**
 * Voyages (issue #30): a route through stops, with passages forced, a draft and a month.
 *
 * - Stops: origin → via₁ → … → via_n → destination; each leg is the plain route between its
 *   ends (leg.ts, the same code as findSeaRoute), the total is the sum of the legs.
 * - Draft and month close, before any search, every passage whose sourced limit is below the
 *   draft or whose season excludes the month (passage-limits.ts); the result lists them with
 *   the reason and its source, and a voyage left without a way answers no-route saying so.
 * - Forced passages (`through`) open a passage closed by default; each is passed on whichever
 *   leg makes the voyage shortest (every assignment of the few forced passages to the legs is
 *   tried; a leg's cost for a set of forced passages is through.ts's exact shortest walk).
 */
import { maskPassages, routeError, type LegRouter, type Resolved } from './leg';
import { draftClosure, formatMetres, seasonCaution, seasonClosure } from './passage-limits';
import { kmToNm, unwrapLongitudes } from './geometry';
import { PASSAGE_IDS, PASSAGES, isPassageId, passageCode, type PassageId } from './passages';
import type {
  ClosedPassage,
  Endpoint,
  PortDraftFlag,
  RouteError,
  SeaRoute,
  Voyage,
  VoyageOptions,
  VoyageResult,
} from './route-types';
import { MAX_THROUGH, MAX_VIA } from './voyage-limits';

/** Default limit for the straight leg from a free coordinate to the network (docs/routing.md). */
export const DEFAULT_MAX_SNAP_KM = 300;

/** Words for ids people try as passages that are not in the catalogue. */
const NOT_PASSAGES: Record<string, string> = {
  cape:
    'the Cape of Good Hope is open sea, not a strait or canal, so it cannot be forced; to go ' +
    'round Africa, avoid suez',
};

const fail = (error: RouteError): VoyageResult => ({ ok: false, error });

/** Bitmask of the passages closed for a query (bit i set = passage code i closed). */
export function closedMask(
  options: { avoid?: readonly PassageId[]; open?: readonly PassageId[] } = {},
): number {
  let mask = 0;
  for (const id of PASSAGE_IDS) if (PASSAGES[id].closedByDefault) mask |= 1 << passageCode(id);
  for (const id of options.open ?? []) mask &= ~(1 << passageCode(id));
  for (const id of options.avoid ?? []) mask |= 1 << passageCode(id);
  return mask;
}

/** The first problem with a voyage's options, in words, or null. */
export function checkVoyageOptions(options: VoyageOptions): string | null {
  for (const [name, list] of [
    ['avoid', options.avoid],
    ['open', options.open],
    ['through', options.through],
  ] as const) {
    for (const id of list ?? []) {
      if (isPassageId(id)) continue;
      const hint = NOT_PASSAGES[String(id).toLowerCase()];
      return hint
        ? `${name}: "${String(id)}" is not a passage: ${hint}`
        : `unknown passage "${String(id)}"; known: ${PASSAGE_IDS.join(', ')}`;
    }
  }
  const avoid = options.avoid ?? [];
  const both = avoid.filter((id) => (options.open ?? []).includes(id));
  if (both.length) return `passage both avoided and opened: ${both.join(', ')}`;
  const forcedAndAvoided = avoid.filter((id) => (options.through ?? []).includes(id));
  if (forcedAndAvoided.length) {
    return `passage both forced (through) and avoided: ${forcedAndAvoided.join(', ')}; a route cannot do both`;
  }
  if (new Set(options.through).size > MAX_THROUGH) {
    return `at most ${MAX_THROUGH} passages can be forced, got ${new Set(options.through).size}`;
  }
  if ((options.via ?? []).length > MAX_VIA) {
    return `at most ${MAX_VIA} stops on the way, got ${(options.via ?? []).length}`;
  }
  const { draftM, month, maxSnapKm } = options;
  if (draftM !== undefined && !(Number.isFinite(draftM) && draftM > 0)) {
    return `the draft must be a number of metres above 0, got ${String(draftM)}`;
  }
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    return `the month must be a whole number from 1 to 12, got ${String(month)}`;
  }
  if (maxSnapKm !== undefined && !(maxSnapKm >= 0))
    return `maxSnapKm must be ≥ 0, got ${maxSnapKm}`;
  return null;
}

/** The passages the draft or the month close, among those `mask` leaves open. */
function closuresFor(mask: number, draftM: number | null, month: number | null): ClosedPassage[] {
  return PASSAGE_IDS.filter((id) => !((mask >>> passageCode(id)) & 1)).flatMap((id) => {
    const byDraft = draftM === null ? null : draftClosure(id, draftM);
    const bySeason = month === null ? null : seasonClosure(id, month);
    return [byDraft, bySeason].filter((c): c is ClosedPassage => c !== null);
  });
}

/** The reasons of closures as one clause, for messages. */
const reasons = (closed: readonly ClosedPassage[]) => closed.map((c) => c.reason).join('; ');

/** The port's published maximum vessel draft, once the catalogue carries one (issue #28). */
const portMaxDraft = (port: { readonly id: string; readonly maxDraftM?: number }) => port.maxDraftM;

/** Ports among the stops whose maximum vessel draft is below the ship's: flagged, not refused. */
function portFlags(stops: readonly Resolved[], draftM: number | null): PortDraftFlag[] {
  if (draftM === null) return [];
  return stops.flatMap((stop, i) => {
    const max = stop.port ? portMaxDraft(stop.port) : undefined;
    if (!stop.port || max === undefined || max >= draftM) return [];
    const message = `${stop.port.name}: maximum vessel draft ${formatMetres(max)}, less than the ${formatMetres(draftM)} draft`;
    return [{ stop: i, port: stop.port.id, name: stop.port.name, maxDraftM: max, message }];
  });
}

/**
 * The legs with the forced passages spread over them so that the total is shortest: every
 * assignment of passage to leg is tried (at most MAX_VIA + 1 legs, MAX_THROUGH passages).
 */
function assignThrough(
  stops: readonly Resolved[],
  through: readonly PassageId[],
  leg: (i: number, forced: readonly PassageId[]) => SeaRoute | RouteError,
): SeaRoute[] | RouteError {
  const legs = stops.length - 1;
  const cache = new Map<string, SeaRoute | RouteError>();
  const cost = (i: number, forced: PassageId[]) => {
    const key = `${i}:${forced.join('+')}`;
    if (!cache.has(key)) cache.set(key, leg(i, forced));
    return cache.get(key)!;
  };
  let best: { km: number; legs: SeaRoute[] } | null = null;
  let lastError: RouteError | null = null;
  for (let a = 0; a < legs ** through.length; a++) {
    // Assignment `a` in base `legs`: digit j = the leg passing through[j].
    const forcedOn = Array.from({ length: legs }, () => [] as PassageId[]);
    through.forEach((id, j) => forcedOn[Math.floor(a / legs ** j) % legs]!.push(id));
    const routes: SeaRoute[] = [];
    for (let i = 0; i < legs; i++) {
      const r = cost(i, forcedOn[i]!);
      if ('code' in r) {
        // A leg too far from the sea fails whatever is forced on it.
        if (r.code !== 'no-route') return r;
        lastError = r;
        break;
      }
      routes.push(r);
    }
    if (routes.length < legs) continue;
    const km = routes.reduce((sum, r) => sum + r.km, 0);
    if (!best || km < best.km) best = { km, legs: routes };
  }
  return best ? best.legs : (lastError ?? routeError('no-route', 'no sea route'));
}

/** The legs end to end as one route: totals summed, passages in order of first use. */
function combine(legs: readonly SeaRoute[]): SeaRoute {
  const first = legs[0]!;
  const last = legs[legs.length - 1]!;
  const km = legs.reduce((sum, l) => sum + l.km, 0);
  const passages: PassageId[] = [];
  for (const l of legs) for (const p of l.passages) if (!passages.includes(p)) passages.push(p);
  return {
    coordinates: unwrapLongitudes(legs.flatMap((l) => l.coordinates)),
    km,
    nm: kmToNm(km),
    networkKm: legs.reduce((sum, l) => sum + l.networkKm, 0),
    snapKm: { origin: first.snapKm.origin, destination: last.snapKm.destination },
    approachKm: { origin: first.approachKm.origin, destination: last.approachKm.destination },
    passages,
    closed: first.closed,
    origin: first.origin,
    destination: last.destination,
  };
}

/** Plans a voyage with the leg router (see the module comment); never throws for bad input. */
export function planVoyage(
  router: LegRouter,
  origin: Endpoint,
  destination: Endpoint,
  options: VoyageOptions = {},
): VoyageResult {
  const problem = checkVoyageOptions(options);
  if (problem) return fail(routeError('invalid-option', problem));
  const through = [...new Set(options.through ?? [])];
  const draftM = options.draftM ?? null;
  const month = options.month ?? null;
  const maxSnapKm = options.maxSnapKm ?? DEFAULT_MAX_SNAP_KM;

  const ends: Endpoint[] = [origin, ...(options.via ?? []), destination];
  const stops: Resolved[] = [];
  for (const [i, end] of ends.entries()) {
    const label = i === 0 ? 'origin' : i === ends.length - 1 ? 'destination' : `stop ${i}`;
    const r = router.resolve(end, label);
    if ('code' in r) return fail(r);
    stops.push(r);
  }

  let mask = closedMask({ avoid: options.avoid, open: [...(options.open ?? []), ...through] });
  const closedBy = closuresFor(mask, draftM, month);
  for (const c of closedBy) mask |= 1 << passageCode(c.id);
  const blocked = closedBy.filter((c) => through.includes(c.id));
  if (blocked.length > 0) {
    const names = [...new Set(blocked.map((c) => PASSAGES[c.id].name))].join(' and ');
    return fail({
      code: 'no-route',
      message: `the route must pass ${names}, but it is closed: ${reasons(blocked)}`,
      closedBy,
    });
  }

  const leg = (i: number, forced: readonly PassageId[]) => {
    const r = router.route(stops[i]!, stops[i + 1]!, mask, maxSnapKm, forced);
    return r.ok ? r.route : r.error;
  };
  const legs = assignThrough(stops, through, leg);
  if ('code' in legs) {
    const why = closedBy.length > 0 ? `; closed by draft or season: ${reasons(closedBy)}` : '';
    const forced =
      through.length > 0 ? ` through ${through.map((id) => PASSAGES[id].name).join(' and ')}` : '';
    const message =
      legs.code === 'no-route'
        ? `no sea route${forced} with these restrictions (closed: ${maskPassages(mask).join(', ') || 'none'})${why}`
        : legs.message;
    return fail({ code: legs.code, message, closedBy });
  }
  const total = combine(legs);
  const voyage: Voyage = {
    ...total,
    legs,
    through,
    draftM,
    month,
    closedBy,
    portDraftFlags: portFlags(stops, draftM),
    cautions:
      month === null
        ? []
        : total.passages.flatMap((id) => {
            const caution = seasonCaution(id, month);
            return caution ? [caution] : [];
          }),
  };
  return { ok: true, route: voyage };
}
