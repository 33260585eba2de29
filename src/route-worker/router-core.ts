/**
 * Loading the sea router in a browser (the routing worker, or the main thread when workers are
 * unavailable): fetch geo/sea-network.json, decode it, build the router once, answer queries.
 */
import { loadProblemToken, type LoadFailure } from '../content/data-files';
import { fetchJson } from '../io/fetch-json';
import { createSeaRouter, decodeNetwork, type SeaRouter } from '../lib/routing';
import type { Port } from '../lib/routing/ports';
import type { RouteQuery, VoyageResult } from '../lib/routing/route';

/** A failed load, as the planner words it (never the fetch's or the parser's own text). */
function loadFailed(failure: LoadFailure): Error {
  return new Error(loadProblemToken({ file: 'sea-network', failure }));
}

/**
 * Fetches and decodes the network and builds the router (about half a second of work). Rejects
 * with a message naming the file (content/data-files.ts `loadProblemToken`); nothing is kept, so a later call fetches it again.
 */
export async function loadRouter(networkUrl: string, ports: readonly Port[]): Promise<SeaRouter> {
  const fetched = await fetchJson(networkUrl);
  if ('failure' in fetched) throw loadFailed(fetched.failure);
  let network: ReturnType<typeof decodeNetwork>;
  try {
    network = decodeNetwork(fetched.body as Parameters<typeof decodeNetwork>[0]);
  } catch {
    throw loadFailed({ kind: 'damaged' });
  }
  return createSeaRouter(network, ports);
}

/** The same network over another port catalogue (no network fetched or decoded again). */
export function withPorts(router: SeaRouter, ports: readonly Port[]): SeaRouter {
  return createSeaRouter(router.graph, ports);
}

/** Answers one query (a voyage: stops, forced passages, draft, month) and times it. */
export function answer(router: SeaRouter, query: RouteQuery): { result: VoyageResult; ms: number } {
  const start = performance.now();
  const result = router.findVoyage(query.origin, query.destination, {
    avoid: query.avoid,
    open: query.open,
    via: query.via,
    through: query.through,
    ...(query.draftM === null ? {} : { draftM: query.draftM }),
    ...(query.month === null ? {} : { month: query.month }),
  });
  return { result, ms: performance.now() - start };
}
