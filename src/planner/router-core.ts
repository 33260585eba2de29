/**
 * Loading the sea router in a browser (the routing worker, or the main thread when workers are
 * unavailable): fetch geo/sea-network.json, decode it, build the router once, answer queries.
 */
import { createSeaRouter, decodeNetwork, type SeaRouter } from '../lib/routing';
import type { Port } from '../lib/routing/ports';
import type { RouteResult } from '../lib/routing/route';
import type { RouteQuery } from './protocol';

/** Fetches and decodes the network and builds the router (about half a second of work). */
export async function loadRouter(networkUrl: string, ports: readonly Port[]): Promise<SeaRouter> {
  const response = await fetch(networkUrl);
  if (!response.ok) {
    throw new Error(`the sea-lane network could not be loaded (HTTP ${response.status})`);
  }
  return createSeaRouter(decodeNetwork(await response.json()), ports);
}

/** Answers one query and times it. */
export function answer(router: SeaRouter, query: RouteQuery): { result: RouteResult; ms: number } {
  const start = performance.now();
  const result = router.findSeaRoute(query.origin, query.destination, {
    avoid: query.avoid,
    open: query.open,
  });
  return { result, ms: performance.now() - start };
}
