/** Messages between the planner's client and its routing worker (structured-clone data only). */
import { endpointOf, type PlannerRequest } from '../lib/planner/plan';
import type { PassageId } from '../lib/routing/passages';
import type { Port } from '../lib/routing/ports';
import type { Endpoint, VoyageResult } from '../lib/routing/route';

/** One voyage to compute: the router's findVoyage arguments (docs/routing.md, "Voyages"). */
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

export type ToWorker =
  | { type: 'init'; networkUrl: string; ports: readonly Port[] }
  | { type: 'route'; id: number; query: RouteQuery };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: VoyageResult; ms: number };
