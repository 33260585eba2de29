/**
 * The router's public types: what a query asks (endpoints, options), what a route is, and the
 * typed errors. One module below the router, its legs and its voyages, so none imports another's
 * types in a circle.
 */
import type { PassageId } from './passages';
import type { LonLat, Port } from './ports';
import type { SeaGraph } from './network';
import type { PortLookup } from './port-index';

/** A [lon, lat] position or a port id (names and aliases are accepted too). */
export type Endpoint = readonly [number, number] | string;

export interface RouteOptions {
  /** Passages the route must not use. */
  avoid?: readonly PassageId[];
  /** Passages closed by default (kiel, corinth, northwest, northeast) to open for this query. */
  open?: readonly PassageId[];
  /** Largest accepted straight leg from a point to the network, in km. */
  maxSnapKm?: number;
}

export interface RouteEnd {
  /** The position the route starts or ends at (the harbour for a port). */
  coordinates: LonLat;
  port?: { id: string; name: string };
  /** Length of the port's explicit approach connector (0 for a free coordinate). */
  approachKm: number;
  /** Km of the approach on 1:50m land, where no water path was found: the end is approximate. */
  approachLandKm?: number;
  /** How an ambiguous LOCODE was resolved ("resolved to the larger harbour …"). */
  note?: string;
  /** Straight leg from the point (or the end of its approach) to the network node. */
  snapKm: number;
  /** The network node the route joins. */
  node: LonLat;
}

export interface SeaRoute {
  /** Longitudes are continuous across the antimeridian (they may exceed ±180). */
  coordinates: LonLat[];
  /** Total length: approach + snap legs at both ends + the path along the network. */
  km: number;
  nm: number;
  networkKm: number;
  snapKm: { origin: number; destination: number };
  approachKm: { origin: number; destination: number };
  /** Named passages traversed, in order. */
  passages: PassageId[];
  /** Passages that were closed for this query. */
  closed: PassageId[];
  origin: RouteEnd;
  destination: RouteEnd;
}

export type RouteErrorCode =
  'no-route' | 'too-far-from-sea' | 'invalid-coordinate' | 'unknown-port' | 'invalid-option';

/** Why a passage the query would otherwise allow is closed (see passage-limits.ts). */
export interface ClosedPassage {
  id: PassageId;
  by: 'draft' | 'season';
  /** One sentence, e.g. "Panama Canal, Neopanamax locks: 15.2 m, less than the 16 m draft". */
  reason: string;
  /** The rule's source: title, publisher, date and address. */
  source: string;
}

export interface RouteError {
  code: RouteErrorCode;
  /** For a developer or the CLI, in English (the UI words errors from the fields below). */
  message: string;
  /** The ends too far from the sea lanes, and the limit (`too-far-from-sea`). */
  far?: { ends: ('origin' | 'destination')[]; limitKm: number };
  /** The passages that were closed (`no-route`). */
  closed?: PassageId[];
  /** For a voyage: the passages its draft or month closed, which may be why there is no route. */
  closedBy?: ClosedPassage[];
}

export type RouteResult = { ok: true; route: SeaRoute } | { ok: false; error: RouteError };

/** Where an endpoint joins the network under a query's restrictions. */
export interface Anchor {
  /** The network node it joins. */
  node: number;
  /** The route end as a route starting or ending there reports it (approach and snap legs). */
  end: RouteEnd;
}

export type AnchorResult = { ok: true; anchor: Anchor } | { ok: false; error: RouteError };

/** A voyage: the plain options plus stops, forced passages, a draft and a month. */
export interface VoyageOptions extends RouteOptions {
  /** Ports (or points) called at on the way, in order; at most MAX_VIA. */
  via?: readonly Endpoint[];
  /** Passages the voyage must pass, each on whichever leg and in whichever direction is shorter. */
  through?: readonly PassageId[];
  /** The ship's draft in metres: passages with a lower published limit are closed. */
  draftM?: number;
  /** Month of the voyage, 1–12: passages whose season excludes it are closed. */
  month?: number;
}

/** A port on the voyage whose published maximum vessel draft is below the ship's draft. */
export interface PortDraftFlag {
  /** Position among the voyage's stops: 0 = origin, the last = destination. */
  stop: number;
  port: string;
  name: string;
  maxDraftM: number;
  message: string;
}

/**
 * A voyage is a route (its totals: km = the sum of its legs, coordinates end to end, passages in
 * order) with the legs themselves and what the options changed.
 */
export interface Voyage extends SeaRoute {
  /** One plain route per leg, origin → via₁ → … → destination. */
  legs: SeaRoute[];
  /** The forced passages (each is among the passages of some leg). */
  through: PassageId[];
  draftM: number | null;
  month: number | null;
  /** Passages closed by the draft or the month, with the reason and its source. */
  closedBy: ClosedPassage[];
  portDraftFlags: PortDraftFlag[];
  /** What the month check cannot tell (e.g. ice conditions), for passages the voyage uses. */
  cautions: string[];
}

export type VoyageResult = { ok: true; route: Voyage } | { ok: false; error: RouteError };

/**
 * One voyage to compute, as the planner sends it to the routing worker (structured-clone data):
 * the router's findVoyage arguments (docs/routing.md, "Voyages").
 */
export interface RouteQuery {
  origin: Endpoint;
  destination: Endpoint;
  avoid: readonly PassageId[];
  open: readonly PassageId[];
  /** Stops on the way, in order. */
  via: readonly Endpoint[];
  /** Passages the voyage must pass. */
  through: readonly PassageId[];
  /** The ship's draft in metres, or null for no draft check. */
  draftM: number | null;
  /** Month 1–12, or null for no season check. */
  month: number | null;
}

export interface SeaRouter {
  findSeaRoute(origin: Endpoint, destination: Endpoint, options?: RouteOptions): RouteResult;
  /** A route with stops, forced passages, a draft and a month (docs/routing.md, "Voyages"). */
  findVoyage(origin: Endpoint, destination: Endpoint, options?: VoyageOptions): VoyageResult;
  /**
   * Where an endpoint joins the network under these options, as findSeaRoute places either end
   * (a distance table places each port once, then searches the network many-to-many).
   */
  anchor(end: Endpoint, options?: RouteOptions): AnchorResult;
  /** Looks a port up by id, LOCODE, name or alias (undefined when none or several match). */
  getPort(query: string): Port | undefined;
  /** One port, the candidates of an ambiguous name, or the nearest matches of an unknown one. */
  resolvePort(query: string): PortLookup;
  readonly ports: readonly Port[];
  readonly graph: SeaGraph;
}
