/**
 * The door to the routing worker (src/route-worker implements it; src/app wires it in): panels
 * ask for routes through this interface and never import the worker's code, as they reach the map
 * only through MapView.
 */
import type { Port } from '../lib/routing/ports';
import type { RouteQuery, VoyageResult } from '../lib/routing/route';

export type RoutingMode = 'worker' | 'main-thread';

export type RouteOutcome =
  | { status: 'done'; result: VoyageResult; computeMs: number; mode: RoutingMode }
  | { status: 'superseded' }
  | { status: 'failed'; message: string };

export interface RouteService {
  /** Computes a route; resolves `superseded` if a newer query was made meanwhile. Never rejects. */
  route(query: RouteQuery): Promise<RouteOutcome>;
  /**
   * Computes a route that no later query supersedes (the pinned routes, issue #17): queued after
   * the queries already waiting. Resolves `done` or `failed`; never rejects.
   */
  routeKept(query: RouteQuery): Promise<Exclude<RouteOutcome, { status: 'superseded' }>>;
  /** Where routes are computed (the worker unless it could not start). */
  mode(): RoutingMode;
  /** Routes over another port catalogue from now on (the World Port Index once it arrives). */
  setPorts(ports: readonly Port[]): void;
  dispose(): void;
}

/**
 * Starts a route service over a port catalogue; `onRecovered` runs when a load that had failed
 * succeeds on a later try, so the planner can compute the route it could not.
 */
export type StartRouteService = (ports: readonly Port[], onRecovered?: () => void) => RouteService;
