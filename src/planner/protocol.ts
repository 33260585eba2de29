/** Messages between the planner's client and its routing worker (structured-clone data only). */
import type { PassageId } from '../lib/routing/passages';
import type { Port } from '../lib/routing/ports';
import type { Endpoint, RouteResult } from '../lib/routing/route';

export interface RouteQuery {
  origin: Endpoint;
  destination: Endpoint;
  avoid: readonly PassageId[];
  open: readonly PassageId[];
}

export type ToWorker =
  | { type: 'init'; networkUrl: string; ports: readonly Port[] }
  | { type: 'route'; id: number; query: RouteQuery };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: RouteResult; ms: number };
