/**
 * The sea router: resolves endpoints (coordinates or port ids), snaps them to the network,
 * searches the shortest path under the query's passage restrictions and returns a typed result.
 * Pure over the data it is given: load the network and ports once, query many times. A voyage
 * (stops, forced passages, draft, month) is planned by voyage.ts over the same legs.
 */
import { createLegRouter, routeError } from './leg';
import type { SeaGraph } from './network';
import type { Port } from './ports';
import type { AnchorResult, RouteError, RouteOptions, RouteResult, SeaRouter } from './route-types';
import { checkVoyageOptions, closedMask, DEFAULT_MAX_SNAP_KM, planVoyage } from './voyage';

export type {
  Anchor,
  AnchorResult,
  Endpoint,
  RouteError,
  RouteErrorCode,
  RouteOptions,
  RouteQuery,
  SeaRoute,
  SeaRouter,
  Voyage,
  VoyageOptions,
  VoyageResult,
} from './route-types';
export { checkVoyageOptions, closedMask, DEFAULT_MAX_SNAP_KM };
export { samePlace } from './leg';

/** Builds a router over a decoded graph and a port catalogue. */
export function createSeaRouter(graph: SeaGraph, ports: readonly Port[]): SeaRouter {
  const legs = createLegRouter(graph, ports);

  /** Why a plain query's options are refused, or its mask and snap limit. */
  const check = (options: RouteOptions): RouteError | { mask: number; maxSnapKm: number } => {
    const { avoid, open, maxSnapKm } = options;
    const problem = checkVoyageOptions({ avoid, open, maxSnapKm });
    if (problem) return routeError('invalid-option', problem);
    return { mask: closedMask(options), maxSnapKm: maxSnapKm ?? DEFAULT_MAX_SNAP_KM };
  };

  const findSeaRoute: SeaRouter['findSeaRoute'] = (origin, destination, options = {}) => {
    const fail = (error: RouteError): RouteResult => ({ ok: false, error });
    const q = check(options);
    if ('code' in q) return fail(q);
    const o = legs.resolve(origin, 'origin');
    if ('code' in o) return fail(o);
    const d = legs.resolve(destination, 'destination');
    if ('code' in d) return fail(d);
    return legs.route(o, d, q.mask, q.maxSnapKm, []);
  };

  const anchor: SeaRouter['anchor'] = (end, options = {}) => {
    const fail = (error: RouteError): AnchorResult => ({ ok: false, error });
    const q = check(options);
    if ('code' in q) return fail(q);
    const r = legs.resolve(end, 'endpoint');
    if ('code' in r) return fail(r);
    const placed = legs.place(r, q.mask, q.maxSnapKm);
    if (!placed) {
      const message = `endpoint more than ${q.maxSnapKm} km from the sea-lane network`;
      return fail(routeError('too-far-from-sea', message));
    }
    return { ok: true, anchor: placed };
  };

  return {
    findSeaRoute,
    anchor,
    findVoyage: (origin, destination, options) => planVoyage(legs, origin, destination, options),
    getPort: legs.getPort,
    resolvePort: legs.resolvePort,
    ports,
    graph,
  };
}
