/**
 * The sea router: resolves endpoints (coordinates or port ids), snaps them to the network,
 * searches the shortest path under the query's passage restrictions and returns a typed result.
 * Pure over the data it is given: load the network and ports once, query many times. A voyage
 * (stops, forced passages, draft, month) is planned by voyage.ts over the same legs.
 */
import { createLegRouter, routeError } from './leg';
import type { SeaGraph } from './network';
import type { Port } from './ports';
import type { RouteResult, SeaRouter } from './route-types';
import { checkVoyageOptions, closedMask, DEFAULT_MAX_SNAP_KM, planVoyage } from './voyage';

export type {
  Endpoint,
  RouteError,
  RouteOptions,
  RouteQuery,
  SeaRoute,
  SeaRouter,
  Voyage,
  VoyageOptions,
  VoyageResult,
} from './route-types';
export { closedMask, DEFAULT_MAX_SNAP_KM };

/** Builds a router over a decoded graph and a port catalogue. */
export function createSeaRouter(graph: SeaGraph, ports: readonly Port[]): SeaRouter {
  const legs = createLegRouter(graph, ports);

  const findSeaRoute: SeaRouter['findSeaRoute'] = (origin, destination, options = {}) => {
    const fail = (error: ReturnType<typeof routeError>): RouteResult => ({ ok: false, error });
    const { avoid, open, maxSnapKm } = options;
    const problem = checkVoyageOptions({ avoid, open, maxSnapKm });
    if (problem) return fail(routeError('invalid-option', problem));
    const o = legs.resolve(origin, 'origin');
    if ('code' in o) return fail(o);
    const d = legs.resolve(destination, 'destination');
    if ('code' in d) return fail(d);
    return legs.route(o, d, closedMask(options), maxSnapKm ?? DEFAULT_MAX_SNAP_KM, []);
  };

  return {
    findSeaRoute,
    findVoyage: (origin, destination, options) => planVoyage(legs, origin, destination, options),
    getPort: legs.getPort,
    resolvePort: legs.resolvePort,
    ports,
    graph,
  };
}
