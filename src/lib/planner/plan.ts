/**
 * The route planner's pure state and result helpers: what the URL asks for (a request), how a
 * route compares with the corridor, and the GeoJSON a user downloads.
 */
import type { Feature, LineString } from 'geojson';
import { portCalls, transitDays } from '../analysis/transit';
import { kmToNm, round1, roundCoords } from '../routing/geometry';
import { PASSAGES, type PassageId } from '../routing/passages';
import type { Port } from '../routing/ports';
import type { Endpoint, RouteQuery, SeaRoute, Voyage } from '../routing/route';
import { draftToken, placeToken } from '../url/tokens';
import { POINT_DECIMALS, roundLat, roundLng } from '../url/numbers';
import { canonicalPassages, canonicalThrough, voyageOf } from '../url/planner';
import type { Place, UrlState, VoyageSettings } from '../url/state';

/** Passages a user can avoid (open unless avoided), in the order the panel lists them. */
export const AVOIDABLE_PASSAGES = [
  'suez',
  'panama',
  'malacca',
  'babelmandeb',
  'hormuz',
  'gibraltar',
  'dover',
  'sunda',
  'lombok',
  'bering',
  'magellan',
] as const satisfies readonly PassageId[];

/** Passages closed by default that a user can open. */
export const OPENABLE_PASSAGES = [
  'northeast',
  'northwest',
  'kiel',
  'corinth',
] as const satisfies readonly PassageId[];

/**
 * One routing question: two places, the passages closed or opened, and the voyage settings
 * (stops, forced passages, draft, month).
 */
export interface PlannerRequest extends VoyageSettings {
  readonly from: Place;
  readonly to: Place;
  readonly avoid: readonly PassageId[];
  readonly open: readonly PassageId[];
}

/** The request a URL state (or a pin) asks for, or null while an end is missing. */
export function plannerRequest(
  url: Pick<UrlState, 'from' | 'to' | 'avoid' | 'open'> & Partial<VoyageSettings>,
): PlannerRequest | null {
  if (!url.from || !url.to) return null;
  const { avoid, open } = canonicalPassages(url.avoid, url.open);
  const voyage = voyageOf(url);
  const { through } = canonicalThrough(voyage.through, avoid);
  return { from: url.from, to: url.to, avoid, open, ...voyage, through };
}

/** A string that is equal for equal requests (to skip recomputing what is already shown). */
export function requestKey(request: PlannerRequest): string {
  return [
    placeToken(request.from),
    placeToken(request.to),
    request.avoid.join(','),
    request.open.join(','),
    request.via.join(','),
    request.through.join(','),
    request.draft === null ? '' : draftToken(request.draft),
    request.month === null ? '' : String(request.month),
  ].join('|');
}

/** The router's endpoint for a place: a port id or [lon, lat]. */
export function endpointOf(place: Place): Endpoint {
  return place.kind === 'port' ? place.id : [place.lng, place.lat];
}

/** A clicked map position as a planner point, rounded and wrapped exactly as the URL writes it. */
/** The query a planner request (the route on screen, or a pin) asks the router. */
export function queryFor(request: PlannerRequest): RouteQuery {
  return {
    origin: endpointOf(request.from),
    destination: endpointOf(request.to),
    avoid: request.avoid,
    open: request.open,
    via: request.via,
    through: request.through,
    draftM: request.draft,
    month: request.month,
  };
}

export function pointPlace(lngLat: readonly [number, number]): Place {
  return {
    kind: 'point',
    lng: roundLng(lngLat[0], POINT_DECIMALS),
    lat: roundLat(lngLat[1], POINT_DECIMALS),
  };
}

/** "12.3456° N" style text for a coordinate. */
function degrees(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
}

/** What a person reads for a place: the port's name, or the point's coordinates. */
export function placeLabel(place: Place, ports: readonly Port[]): string {
  if (place.kind === 'port') return ports.find((p) => p.id === place.id)?.name ?? place.id;
  return `Point ${degrees(place.lat, 'N', 'S')}, ${degrees(place.lng, 'E', 'W')}`;
}

/** A route's figures beside the corridor's, at one speed and allowance. */
export interface CorridorComparison {
  km: number;
  nm: number;
  /** Days at sea plus the allowance. */
  days: number;
  seaDays: number;
  corridorKm: number;
  corridorDays: number;
  deltaKm: number;
  /** Difference in per cent of the corridor's length. */
  deltaPct: number;
  deltaDays: number;
}

/**
 * A route's length as shown: to 0.1 km, as geo/routes.geojson publishes the corridor, so the same
 * route reads the same in the Routes panel, the planner and the pins table (8,795.46 km would
 * otherwise read 8,795 in one and 8,796 in another).
 */
export function shownKm(route: { km: number }): number {
  return round1(route.km);
}

/** Compares a route's length and transit time with the corridor's (same speed and allowance). */
export function compareWithCorridor(
  route: { km: number; legs?: readonly unknown[] },
  corridorKm: number,
  knots: number,
  allowanceDays: number,
): CorridorComparison {
  // The allowance is per port call: a route with stops makes one call per leg, the corridor one.
  const mine = transitDays({
    nm: kmToNm(route.km),
    knots,
    allowanceDays: allowanceDays * portCalls(route),
  });
  const corridor = transitDays({ nm: kmToNm(corridorKm), knots, allowanceDays });
  return {
    km: route.km,
    nm: kmToNm(route.km),
    days: mine.totalDays,
    seaDays: mine.seaDays,
    corridorKm,
    corridorDays: corridor.totalDays,
    deltaKm: route.km - corridorKm,
    deltaPct: ((route.km - corridorKm) / corridorKm) * 100,
    deltaDays: mine.totalDays - corridor.totalDays,
  };
}

/** How the planner computes a route, carried in the downloaded GeoJSON. */
export const PLANNER_METHOD =
  'Shortest path on Eurostat SeaRoute marnet 20 km network (EUPL-1.2), WGS84 geodesic lengths, ' +
  'including the port approach and snap legs.';

/** Names of passages, in route order. */
export function passageNames(ids: readonly PassageId[]): string[] {
  return ids.map((id) => PASSAGES[id].name);
}

/** What a voyage adds to the downloaded feature: its legs and why passages were closed. */
function voyageProperties(route: SeaRoute | Voyage): Record<string, unknown> {
  if (!('legs' in route)) return {};
  return {
    legs: route.legs.map((leg) => ({
      from: leg.origin.port?.id ?? leg.origin.coordinates,
      to: leg.destination.port?.id ?? leg.destination.coordinates,
      km: shownKm(leg),
      nm: round1(leg.nm),
      passages: [...leg.passages],
    })),
    closedBy: route.closedBy.map((c) => ({ ...c })),
    portDraftFlags: route.portDraftFlags.map((f) => ({ ...f })),
    cautions: [...route.cautions],
  };
}

/** The planned route as a GeoJSON Feature, carrying the request and its figures. */
export function plannedRouteFeature(
  route: SeaRoute | Voyage,
  request: PlannerRequest,
): Feature<LineString> {
  const place = (p: Place) => (p.kind === 'port' ? p.id : ([p.lng, p.lat] as [number, number]));
  return {
    type: 'Feature',
    properties: {
      from: place(request.from),
      to: place(request.to),
      avoid: [...request.avoid],
      open: [...request.open],
      via: [...request.via],
      through: [...request.through],
      draftM: request.draft,
      month: request.month,
      km: shownKm(route),
      nm: round1(route.nm),
      passages: [...route.passages],
      closed: [...route.closed],
      snapKm: {
        origin: round1(route.snapKm.origin),
        destination: round1(route.snapKm.destination),
      },
      method: PLANNER_METHOD,
      ...voyageProperties(route),
    },
    geometry: { type: 'LineString', coordinates: roundCoords(route.coordinates) },
  };
}
