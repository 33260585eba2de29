/**
 * The route service (src/state/route-service.ts): a promise API over the routing worker. Latest wins: while one
 * query runs, newer ones replace any waiting one, and answers to outdated queries come back as
 * `superseded` so the panel never draws a route the user has already changed. The network
 * (geo/sea-network.json, about 260 KB gzipped) is fetched only when the client is created, i.e. when
 * the planner is first opened, never with the initial page. Pinned routes are queried with
 * `routeKept`: they wait their turn and are never superseded.
 *
 * Faults recover (issue #14): no failed load is kept. A query after a failure loads the network
 * (or the main-thread router's code) again; so does the browser coming back online, and, with
 * backoff, a timer; once a reload succeeds, `onRecovered` lets the planner compute its route.
 */
import { RETRY_BACKOFF_MS } from '../lib/retry';
import type { Port } from '../lib/routing/ports';
import type { RouteQuery, VoyageResult } from '../lib/routing/route';
import type {
  RouteOutcome,
  RouteService,
  RoutingMode,
  StartRouteService,
} from '../state/route-service';
import type { FromWorker, ToWorker } from './protocol';
import { mainThreadBackend, networkUrl, type Backend } from './backend';

/**
 * The worker backend; `onBroken` runs if the worker fails (no module workers, a blocked or
 * missing script, a crash), so the client can fall back to the main thread.
 */
function workerBackend(initialPorts: readonly Port[], onBroken: () => void): Backend {
  let ports = initialPorts;
  const worker = new Worker(new URL('./router.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  /** `failed`: the last load failed; the next query or load() sends `init` again. */
  let state: 'loading' | 'ready' | 'failed' = 'loading';
  let loaded: { resolve: () => void; reject: (e: Error) => void; promise: Promise<void> };
  const waiting = new Map<
    number,
    { resolve: (r: { result: VoyageResult; ms: number }) => void; reject: (e: Error) => void }
  >();
  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };
  const init = () => {
    state = 'loading';
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    // Nobody may be waiting for this load: its failure is reported through the queries.
    promise.catch(() => undefined);
    loaded = { resolve, reject, promise };
    worker.postMessage({ type: 'init', networkUrl: networkUrl(), ports } satisfies ToWorker);
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'ready') {
      state = 'ready';
      loaded.resolve();
    } else if (message.type === 'init-failed') {
      state = 'failed';
      failAll(message.message);
      loaded.reject(new Error(message.message));
    } else {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      job?.resolve({ result: message.result, ms: message.ms });
    }
  });
  worker.addEventListener('error', (event) => {
    // The script did not load or the worker crashed: it will not answer again.
    event.preventDefault();
    onBroken();
  });
  init();
  return {
    compute: (query) =>
      new Promise((resolve, reject) => {
        if (state === 'failed') init();
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'route', id, query } satisfies ToWorker);
      }),
    load: () => {
      if (state === 'failed') init();
      return loaded.promise;
    },
    setPorts: (next) => {
      ports = next;
      worker.postMessage({ type: 'ports', ports } satisfies ToWorker);
    },
    dispose: () => {
      worker.terminate();
      failAll('the routing worker was stopped');
    },
  };
}

/**
 * Creates the client and starts loading the network. `onRecovered` runs when a load that had
 * failed succeeds on a later try (back online, or the backoff timer), so the planner can compute
 * the route it could not.
 */
export const startRouteService: StartRouteService = (
  initialPorts: readonly Port[],
  onRecovered: () => void = () => undefined,
): RouteService => {
  let ports = initialPorts;
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
    // A recovery under way was waiting on the worker: start it again on the main thread.
    if (broken) recover();
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

  // Recovery: after a failed query, reload when the browser is back online and on a backoff
  // timer; a query made meanwhile (the user's next change) reloads at once by itself.
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let broken = false;
  const recover = () => {
    clearTimeout(timer);
    if (!broken) return;
    backend.load().then(
      () => {
        if (!broken) return;
        broken = false;
        failures = 0;
        onRecovered();
      },
      () => {
        const delay = RETRY_BACKOFF_MS[failures++];
        if (delay !== undefined && broken) timer = setTimeout(recover, delay);
      },
    );
  };
  const onFailure = () => {
    if (broken) return;
    broken = true;
    failures = 0;
    clearTimeout(timer);
    timer = setTimeout(recover, RETRY_BACKOFF_MS[failures++]);
  };
  const onSuccess = () => {
    broken = false;
    clearTimeout(timer);
  };
  window.addEventListener('online', recover);

  /** A query waiting or running; `seq` null: kept (never superseded). */
  interface Job {
    seq: number | null;
    query: RouteQuery;
    resolve: (o: RouteOutcome) => void;
  }
  let latest = 0;
  /** Waiting queries, first come first served; at most one of them can be superseded. */
  const queue: Job[] = [];
  let busy = false;
  const current = (job: Job) => job.seq === null || job.seq === latest;

  const pump = () => {
    if (busy) return;
    const job = queue.shift();
    if (!job) return;
    busy = true;
    const run = () => {
      const used = mode;
      backend.compute(job.query).then(
        ({ result, ms }) => {
          if (used !== mode) return; // re-run on the fallback, which will answer
          onSuccess();
          finish(
            current(job)
              ? { status: 'done', result, computeMs: ms, mode }
              : { status: 'superseded' },
          );
        },
        (error: Error) => {
          if (used !== mode) return;
          onFailure();
          finish(
            current(job) ? { status: 'failed', message: error.message } : { status: 'superseded' },
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
      // The query this one replaces is answered at once if it has not started.
      const replaced = queue.findIndex((job) => job.seq !== null);
      if (replaced >= 0) queue.splice(replaced, 1)[0]!.resolve({ status: 'superseded' });
      return new Promise((resolve) => {
        queue.push({ seq, query, resolve });
        pump();
      });
    },
    routeKept(query) {
      return new Promise((resolve) => {
        queue.push({
          seq: null,
          query,
          resolve: (outcome) => {
            // A kept job is never superseded (current() is always true for it).
            if (outcome.status !== 'superseded') resolve(outcome);
          },
        });
        pump();
      });
    },
    mode: () => mode,
    setPorts: (next) => {
      ports = next;
      backend.setPorts(next);
    },
    dispose: () => {
      clearTimeout(timer);
      window.removeEventListener('online', recover);
      backend.dispose();
    },
  };
};
