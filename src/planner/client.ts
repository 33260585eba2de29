/**
 * The planner's routing client: a promise API over the routing worker. Latest wins: while one
 * query runs, newer ones replace any waiting one, and answers to outdated queries come back as
 * `superseded` so the panel never draws a route the user has already changed. The network
 * (geo/sea-network.json, about 260 KB gzipped) is fetched only when the client is created, i.e. when
 * the planner is first opened, never with the initial page.
 */
import networkAsset from '../../geo/sea-network.json?url';
import type { Port } from '../lib/routing/ports';
import type { RouteResult } from '../lib/routing/route';
import type { FromWorker, RouteQuery, ToWorker } from './protocol';

export type RoutingMode = 'worker' | 'main-thread';

export type RouteOutcome =
  | { status: 'done'; result: RouteResult; computeMs: number; mode: RoutingMode }
  | { status: 'superseded' }
  | { status: 'failed'; message: string };

export interface PlannerClient {
  /** Computes a route; resolves `superseded` if a newer query was made meanwhile. Never rejects. */
  route(query: RouteQuery): Promise<RouteOutcome>;
  /** Where routes are computed (the worker unless it could not start). */
  mode(): RoutingMode;
  dispose(): void;
}

/** One route at a time, computed somewhere. */
interface Backend {
  compute(query: RouteQuery): Promise<{ result: RouteResult; ms: number }>;
  dispose(): void;
}

const networkUrl = () => new URL(networkAsset, document.baseURI).href;

/** The main-thread fallback: the same code, loaded lazily (its own chunk) on first use. */
function mainThreadBackend(ports: readonly Port[]): Backend {
  const core = import('./router-core');
  const router = core.then((c) => c.loadRouter(networkUrl(), ports));
  return {
    compute: async (query) => (await core).answer(await router, query),
    dispose: () => undefined,
  };
}

/**
 * The worker backend; `onBroken` runs if the worker cannot start at all (no module workers, a
 * blocked script), so the client can fall back to the main thread.
 */
function workerBackend(ports: readonly Port[], onBroken: () => void): Backend {
  const worker = new Worker(new URL('./router.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  let ready = false;
  let initError: string | null = null;
  const waiting = new Map<
    number,
    { resolve: (r: { result: RouteResult; ms: number }) => void; reject: (e: Error) => void }
  >();
  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'ready') ready = true;
    else if (message.type === 'init-failed') {
      initError = message.message;
      failAll(message.message);
    } else {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      job?.resolve({ result: message.result, ms: message.ms });
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    if (!ready && initError === null) onBroken();
    else failAll('the routing worker stopped');
  });
  worker.postMessage({ type: 'init', networkUrl: networkUrl(), ports } satisfies ToWorker);
  return {
    compute: (query) =>
      new Promise((resolve, reject) => {
        if (initError !== null) return reject(new Error(initError));
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'route', id, query } satisfies ToWorker);
      }),
    dispose: () => {
      worker.terminate();
      failAll('the routing worker was stopped');
    },
  };
}

/** Creates the client and starts loading the network. */
export function createPlannerClient(ports: readonly Port[]): PlannerClient {
  let mode: RoutingMode = 'worker';
  let backend: Backend;
  // Queries sent to a worker that turned out broken are re-run on the main thread.
  let inFlight: { query: RouteQuery; retry: () => void } | null = null;
  const fallBack = () => {
    if (mode === 'main-thread') return;
    mode = 'main-thread';
    backend.dispose();
    backend = mainThreadBackend(ports);
    inFlight?.retry();
  };
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    backend = workerBackend(ports, fallBack);
  } catch {
    // No workers (or module workers) here: compute on the main thread. A route then costs its
    // few milliseconds there, and building the router once blocks for a moment.
    mode = 'main-thread';
    backend = mainThreadBackend(ports);
  }

  let latest = 0;
  let waitingJob: { seq: number; query: RouteQuery; resolve: (o: RouteOutcome) => void } | null =
    null;
  let busy = false;

  const pump = () => {
    if (busy || !waitingJob) return;
    const job = waitingJob;
    waitingJob = null;
    busy = true;
    const run = () => {
      const used = mode;
      backend.compute(job.query).then(
        ({ result, ms }) => {
          if (used !== mode) return; // re-run on the fallback, which will answer
          finish(
            job.seq === latest
              ? { status: 'done', result, computeMs: ms, mode }
              : { status: 'superseded' },
          );
        },
        (error: Error) => {
          if (used !== mode) return;
          finish(
            job.seq === latest
              ? { status: 'failed', message: error.message }
              : { status: 'superseded' },
          );
        },
      );
    };
    const finish = (outcome: RouteOutcome) => {
      inFlight = null;
      busy = false;
      job.resolve(outcome);
      pump();
    };
    inFlight = { query: job.query, retry: run };
    run();
  };

  return {
    route(query) {
      const seq = ++latest;
      waitingJob?.resolve({ status: 'superseded' });
      return new Promise((resolve) => {
        waitingJob = { seq, query, resolve };
        pump();
      });
    },
    mode: () => mode,
    dispose: () => backend.dispose(),
  };
}
