/** Messages between the planner's client and its routing worker (structured-clone data only). */
import type { Port } from '../lib/routing/ports';
import type { RouteQuery, VoyageResult } from '../lib/routing/route';

export type ToWorker =
  | { type: 'init'; networkUrl: string; ports: readonly Port[] }
  | { type: 'route'; id: number; query: RouteQuery }
  /** Another port catalogue (the World Port Index arriving after a failed fetch): same network. */
  | { type: 'ports'; ports: readonly Port[] };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: VoyageResult; ms: number };
