/**
 * The sea router: resolves endpoints (coordinates or port ids), snaps them to the network,
 * searches the shortest path under the query's passage restrictions and returns a typed result.
 * Pure over the data it is given: load the network and ports once, query many times.
 */
import { lineKm } from './geodesic';
import { createPathFinder } from './hierarchy';
import { kmToNm, unwrapLongitudes } from './geometry';
import type { SeaGraph } from './network';
import { PASSAGES, PASSAGE_IDS, isPassageId, passageCode, type PassageId } from './passages';
import { indexPorts, isLonLat, type LonLat, type Port } from './ports';
import { createSnapIndex } from './snap';

/**
 * Default limit for the straight leg from a free coordinate to the network. It is a distance to
 * the lanes, not a land mask: open-ocean points far from any lane need a larger maxSnapKm.
 */
export const DEFAULT_MAX_SNAP_KM = 300;

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

/** One route request, as the planner sends it to the routing worker (structured-clone data). */
export interface RouteQuery {
  origin: Endpoint;
  destination: Endpoint;
  avoid: readonly PassageId[];
  open: readonly PassageId[];
}

export interface RouteEnd {
  /** The position the route starts or ends at (the harbour for a port). */
  coordinates: LonLat;
  port?: { id: string; name: string };
  /** Length of the port's explicit approach connector (0 for a free coordinate). */
  approachKm: number;
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

export interface RouteError {
  code: RouteErrorCode;
  /** For a developer or the CLI, in English. */
  message: string;
  /** The ends too far from the sea lanes, and the limit (`too-far-from-sea`). */
  far?: { ends: ('origin' | 'destination')[]; limitKm: number };
  /** The passages that were closed (`no-route`). */
  closed?: PassageId[];
}

export type RouteResult = { ok: true; route: SeaRoute } | { ok: false; error: RouteError };

export interface SeaRouter {
  findSeaRoute(origin: Endpoint, destination: Endpoint, options?: RouteOptions): RouteResult;
  /** Looks a port up by id, name or alias. */
  getPort(query: string): Port | undefined;
  readonly ports: readonly Port[];
  readonly graph: SeaGraph;
}

type Resolved = { coordinates: LonLat; port?: Port; approach: LonLat[]; approachKm: number };

const fail = (
  code: RouteErrorCode,
  message: string,
  details: Pick<RouteError, 'far' | 'closed'> = {},
): RouteResult => ({
  ok: false,
  error: { code, message, ...details },
});

/** Bitmask of the passages closed for a query (bit i set = passage code i closed). */
export function closedMask(options: RouteOptions = {}): number {
  let mask = 0;
  for (const id of PASSAGE_IDS) if (PASSAGES[id].closedByDefault) mask |= 1 << passageCode(id);
  for (const id of options.open ?? []) mask &= ~(1 << passageCode(id));
  for (const id of options.avoid ?? []) mask |= 1 << passageCode(id);
  return mask;
}

/** Builds a router over a decoded graph and a port catalogue. */
export function createSeaRouter(graph: SeaGraph, ports: readonly Port[]): SeaRouter {
  const snapIndex = createSnapIndex(graph);
  const finder = createPathFinder(graph, graph.hierarchy);
  const getPort = indexPorts(ports);
  // Approach connectors are fixed: measure each once, not per query.
  const approachKm = new Map(ports.map((p) => [p, lineKm([p.coordinates, ...p.approach])]));

  const resolve = (end: Endpoint, label: string): Resolved | RouteResult => {
    if (typeof end === 'string') {
      const port = getPort(end);
      if (!port) return fail('unknown-port', `${label}: no port "${end}" in geo/ports.geojson`);
      return {
        coordinates: port.coordinates,
        port,
        approach: port.approach,
        approachKm: approachKm.get(port) ?? lineKm([port.coordinates, ...port.approach]),
      };
    }
    if (!isLonLat(end)) {
      return fail(
        'invalid-coordinate',
        `${label}: expected [lon, lat] with lon in [-180, 180] and lat in [-90, 90], got ${JSON.stringify(end)}`,
      );
    }
    return { coordinates: [end[0], end[1]], approach: [], approachKm: 0 };
  };

  const findSeaRoute: SeaRouter['findSeaRoute'] = (origin, destination, options = {}) => {
    for (const id of [...(options.avoid ?? []), ...(options.open ?? [])]) {
      if (!isPassageId(id)) {
        return fail(
          'invalid-option',
          `unknown passage "${String(id)}"; known: ${PASSAGE_IDS.join(', ')}`,
        );
      }
    }
    const both = (options.avoid ?? []).filter((id) => (options.open ?? []).includes(id));
    if (both.length)
      return fail('invalid-option', `passage both avoided and opened: ${both.join(', ')}`);
    const maxSnapKm = options.maxSnapKm ?? DEFAULT_MAX_SNAP_KM;
    if (!(maxSnapKm >= 0)) return fail('invalid-option', `maxSnapKm must be ≥ 0, got ${maxSnapKm}`);

    const o = resolve(origin, 'origin');
    if ('ok' in o) return o;
    const d = resolve(destination, 'destination');
    if ('ok' in d) return d;

    const mask = closedMask(options);
    // Only snap to nodes that have at least one edge open in this query.
    const usable = (n: number): boolean => {
      for (let k = graph.adjStart[n]!; k < graph.adjStart[n + 1]!; k++) {
        const code = graph.edgePassage[graph.adjEdge[k]!]!;
        if (code === 0 || !((mask >>> code) & 1)) return true;
      }
      return false;
    };
    const snapEnd = (r: Resolved, label: string) => {
      const from = r.approach[r.approach.length - 1] ?? r.coordinates;
      const s = snapIndex.nearest(from[0], from[1], maxSnapKm, usable);
      if (!s) return null;
      const node: LonLat = [graph.lon[s.node]!, graph.lat[s.node]!];
      const end: RouteEnd = {
        coordinates: r.coordinates,
        approachKm: r.approachKm,
        snapKm: s.km,
        node,
        ...(r.port ? { port: { id: r.port.id, name: r.port.name } } : {}),
      };
      return { node: s.node, end, label };
    };
    const so = snapEnd(o, 'origin');
    const sd = snapEnd(d, 'destination');
    const far = [so ? null : 'origin', sd ? null : 'destination'].filter(
      (end): end is 'origin' | 'destination' => end !== null,
    );
    if (!so || !sd) {
      return fail(
        'too-far-from-sea',
        `${far.join(' and ')} more than ${maxSnapKm} km from the sea-lane network`,
        { far: { ends: far, limitKm: maxSnapKm } },
      );
    }
    const closed = PASSAGE_IDS.filter((id) => (mask >>> passageCode(id)) & 1);
    if (o.coordinates[0] === d.coordinates[0] && o.coordinates[1] === d.coordinates[1]) {
      // Same place: an empty trip, not a loop out to the network and back.
      const origin = { ...so.end, approachKm: 0, snapKm: 0 };
      const destination = { ...sd.end, approachKm: 0, snapKm: 0 };
      return {
        ok: true,
        route: {
          coordinates: [o.coordinates, d.coordinates],
          km: 0,
          nm: 0,
          networkKm: 0,
          snapKm: { origin: 0, destination: 0 },
          approachKm: { origin: 0, destination: 0 },
          passages: [],
          closed,
          origin,
          destination,
        },
      };
    }
    const path = finder.find(so.node, sd.node, mask);
    if (!path) {
      return fail(
        'no-route',
        `no sea route with these restrictions (closed: ${closed.join(', ') || 'none'})`,
        { closed },
      );
    }
    const passages: PassageId[] = [];
    for (const e of path.edges) {
      const code = graph.edgePassage[e]!;
      const id = code ? PASSAGE_IDS[code - 1]! : undefined;
      if (id && passages[passages.length - 1] !== id && !passages.includes(id)) passages.push(id);
    }
    const coords: LonLat[] = [o.coordinates, ...o.approach];
    for (const n of path.nodes) coords.push([graph.lon[n]!, graph.lat[n]!]);
    for (let i = d.approach.length - 1; i >= 0; i--) coords.push(d.approach[i]!);
    coords.push(d.coordinates);
    const km = so.end.approachKm + so.end.snapKm + path.km + sd.end.snapKm + sd.end.approachKm;
    return {
      ok: true,
      route: {
        coordinates: unwrapLongitudes(coords),
        km,
        nm: kmToNm(km),
        networkKm: path.km,
        snapKm: { origin: so.end.snapKm, destination: sd.end.snapKm },
        approachKm: { origin: so.end.approachKm, destination: sd.end.approachKm },
        passages,
        closed,
        origin: so.end,
        destination: sd.end,
      },
    };
  };

  return { findSeaRoute, getPort, ports, graph };
}
