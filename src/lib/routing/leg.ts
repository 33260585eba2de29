/**
 * One leg of a route: resolve its ends (a port or a coordinate), snap them to the network under
 * the query's closed passages, find the path (plain, or through forced passages) and assemble
 * the route with its approach and snap legs. The plain router and the voyage planner share it,
 * so a voyage's leg is exactly the plain route between its ends.
 */
import { lineKm } from './geodesic';
import { kmToNm, unwrapLongitudes } from './geometry';
import { createPathFinder, type PathResult } from './hierarchy';
import type { SeaGraph } from './network';
import { PASSAGE_IDS, passageCode, passagesInOrder, type PassageId } from './passages';
import { createPortIndex, describePort, type PortLookup } from './port-index';
import { isLonLat, type LonLat, type Port } from './ports';
import type {
  Anchor,
  Endpoint,
  RouteEnd,
  RouteError,
  RouteErrorCode,
  SeaRoute,
} from './route-types';
import { createSnapIndex } from './snap';
import { createThroughFinder } from './through';

/** An endpoint resolved to a position, with its port and approach when it is one. */
export interface Resolved {
  coordinates: LonLat;
  port?: Port;
  approach: LonLat[];
  approachKm: number;
  /** How an ambiguous LOCODE was resolved ("resolved to the larger harbour …"). */
  note?: string;
}

export type LegResult = { ok: true; route: SeaRoute } | { ok: false; error: RouteError };

export interface LegRouter {
  /** The endpoint as a position, or why it is not one (`label` names it in the message). */
  resolve(end: Endpoint, label: string): Resolved | RouteError;
  /**
   * The route from `o` to `d` with the passages of `mask` closed (bit i = passage code i) and,
   * when `through` is not empty, passing each of those passages (which `mask` must leave open).
   */
  route(
    o: Resolved,
    d: Resolved,
    mask: number,
    maxSnapKm: number,
    through: readonly PassageId[],
  ): LegResult;
  /** Where `r` joins the network with the passages of `mask` closed, or null beyond maxSnapKm. */
  place(r: Resolved, mask: number, maxSnapKm: number): Anchor | null;
  getPort(query: string): Port | undefined;
  /** One port, the candidates of an ambiguous name, or the nearest matches of an unknown one. */
  resolvePort(query: string): PortLookup;
}

export const routeError = (
  code: RouteErrorCode,
  message: string,
  details: Pick<RouteError, 'far' | 'closed'> = {},
): RouteError => ({ code, message, ...details });

/** The passages set in a closed-passage bitmask, in catalogue order. */
export function maskPassages(mask: number): PassageId[] {
  return PASSAGE_IDS.filter((id) => (mask >>> passageCode(id)) & 1);
}

/**
 * Whether two ends are the same place: the route between them is empty (0 km), not a loop out to
 * the network and back.
 */
export function samePlace(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Builds the leg router over a decoded graph and a port catalogue. */
export function createLegRouter(graph: SeaGraph, ports: readonly Port[]): LegRouter {
  const snapIndex = createSnapIndex(graph);
  const finder = createPathFinder(graph.hierarchy);
  const through = createThroughFinder(graph, finder);
  const index = createPortIndex(ports);
  // Approach connectors are fixed: measure each once, not per query.
  const approachKm = new Map(ports.map((p) => [p, lineKm([p.coordinates, ...p.approach])]));

  const resolve: LegRouter['resolve'] = (end, label) => {
    if (typeof end === 'string') {
      const found = index.resolve(end);
      if (found.kind === 'ambiguous') {
        const list = found.candidates.slice(0, 8).map((p) => `${p.id} = ${describePort(p)}`);
        return routeError(
          'unknown-port',
          `${label}: "${end}" names ${found.candidates.length} ports: ${list.join('; ')}. Give an id or a UN/LOCODE`,
        );
      }
      if (found.kind === 'unknown') {
        const near = found.nearest.map((p) => `${p.id} = ${describePort(p)}`);
        return routeError(
          'unknown-port',
          `${label}: no port "${end}"${near.length ? `; nearest matches: ${near.join('; ')}` : ''}`,
        );
      }
      const port = found.port;
      if (port.noRoute) return routeError('no-route', `${label}: ${port.noRoute}`);
      return {
        coordinates: port.coordinates,
        port,
        approach: port.approach,
        approachKm: approachKm.get(port) ?? lineKm([port.coordinates, ...port.approach]),
        ...(found.note ? { note: found.note } : {}),
      };
    }
    if (!isLonLat(end)) {
      return routeError(
        'invalid-coordinate',
        `${label}: expected [lon, lat] with lon in [-180, 180] and lat in [-90, 90], got ${JSON.stringify(end)}`,
      );
    }
    return { coordinates: [end[0], end[1]], approach: [], approachKm: 0 };
  };

  const place: LegRouter['place'] = (r, mask, maxSnapKm) => {
    // Only snap to nodes that have at least one edge open in this query.
    const usable = (n: number): boolean => {
      for (let k = graph.adjStart[n]!; k < graph.adjStart[n + 1]!; k++) {
        const code = graph.edgePassage[graph.adjEdge[k]!]!;
        if (code === 0 || !((mask >>> code) & 1)) return true;
      }
      return false;
    };
    const from = r.approach[r.approach.length - 1] ?? r.coordinates;
    const s = snapIndex.nearest(from[0], from[1], maxSnapKm, usable);
    if (!s) return null;
    const end: RouteEnd = {
      coordinates: r.coordinates,
      approachKm: r.approachKm,
      snapKm: s.km,
      node: [graph.lon[s.node]!, graph.lat[s.node]!],
      ...(r.port ? { port: { id: r.port.id, name: r.port.name } } : {}),
      ...(r.port?.approachLandKm ? { approachLandKm: r.port.approachLandKm } : {}),
      ...(r.note ? { note: r.note } : {}),
    };
    return { node: s.node, end };
  };

  /** The route along `path` with both ends' approach and snap legs. */
  const assemble = (
    o: Resolved,
    d: Resolved,
    origin: RouteEnd,
    destination: RouteEnd,
    path: PathResult,
    closed: PassageId[],
  ): SeaRoute => {
    const passages = passagesInOrder(path.edges.map((e) => graph.edgePassage[e]!));
    const coords: LonLat[] = [o.coordinates, ...o.approach];
    for (const n of path.nodes) coords.push([graph.lon[n]!, graph.lat[n]!]);
    for (let i = d.approach.length - 1; i >= 0; i--) coords.push(d.approach[i]!);
    coords.push(d.coordinates);
    const km =
      origin.approachKm + origin.snapKm + path.km + destination.snapKm + destination.approachKm;
    return {
      coordinates: unwrapLongitudes(coords),
      km,
      nm: kmToNm(km),
      networkKm: path.km,
      snapKm: { origin: origin.snapKm, destination: destination.snapKm },
      approachKm: { origin: origin.approachKm, destination: destination.approachKm },
      passages,
      closed,
      origin,
      destination,
    };
  };

  const route: LegRouter['route'] = (o, d, mask, maxSnapKm, forced) => {
    const so = place(o, mask, maxSnapKm);
    const sd = place(d, mask, maxSnapKm);
    if (!so || !sd) {
      const far = [so ? null : 'origin', sd ? null : 'destination'].filter(
        (end): end is 'origin' | 'destination' => end !== null,
      );
      return {
        ok: false,
        error: routeError(
          'too-far-from-sea',
          `${far.join(' and ')} more than ${maxSnapKm} km from the sea-lane network`,
          { far: { ends: far, limitKm: maxSnapKm } },
        ),
      };
    }
    const closed = maskPassages(mask);
    if (samePlace(o.coordinates, d.coordinates) && forced.length === 0) {
      // Same place: an empty trip, not a loop out to the network and back.
      const origin = { ...so.end, approachKm: 0, snapKm: 0 };
      const destination = { ...sd.end, approachKm: 0, snapKm: 0 };
      const empty = { nodes: [], edges: [], km: 0 };
      const trip = assemble(
        { ...o, approach: [] },
        { ...d, approach: [] },
        origin,
        destination,
        empty,
        closed,
      );
      return { ok: true, route: { ...trip, coordinates: [o.coordinates, d.coordinates] } };
    }
    const path =
      forced.length === 0
        ? finder.find(so.node, sd.node, mask)
        : through.find(so.node, sd.node, forced, mask);
    if (!path) {
      return {
        ok: false,
        error: routeError(
          'no-route',
          `no sea route with these restrictions (closed: ${closed.join(', ') || 'none'})`,
          { closed },
        ),
      };
    }
    return { ok: true, route: assemble(o, d, so.end, sd.end, path, closed) };
  };

  return { resolve, route, place, getPort: index.get, resolvePort: index.resolve };
}
