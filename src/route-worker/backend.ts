/**
 * Where the route service computes: the interface of a backend, and the main-thread fallback
 * (the same code as the worker, loaded lazily, its own chunk) for browsers without module workers.
 */
import networkAsset from '../../geo/sea-network.json?url';
import { loadProblemToken } from '../content/data-files';
import type { SeaRouter } from '../lib/routing';
import type { Port } from '../lib/routing/ports';
import type { RouteQuery, VoyageResult } from '../lib/routing/route';
import type * as RouterCore from './router-core';

/** One route at a time, computed somewhere. */
export interface Backend {
  compute(query: RouteQuery): Promise<{ result: VoyageResult; ms: number }>;
  /** Loads the router if it is not loaded or loading (again after a failure); resolves once ready. */
  load(): Promise<void>;
  setPorts(ports: readonly Port[]): void;
  dispose(): void;
}

export const networkUrl = () => new URL(networkAsset, document.baseURI).href;

/** The main-thread fallback: the same code, loaded lazily (its own chunk) on first use. */
export function mainThreadBackend(initialPorts: readonly Port[]): Backend {
  let ports = initialPorts;
  let loading: Promise<{ core: typeof RouterCore; router: SeaRouter }> | null = null;
  const load = () => {
    if (loading) return loading;
    const started = (async () => {
      let core: typeof RouterCore;
      try {
        core = await import('./router-core');
      } catch {
        throw new Error(loadProblemToken({ file: 'planner-code', failure: { kind: 'offline' } }));
      }
      return { core, router: await core.loadRouter(networkUrl(), ports) };
    })();
    loading = started;
    // Never keep a rejection: the next call starts again.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    return started;
  };
  return {
    compute: async (query) => {
      const { core, router } = await load();
      return core.answer(router, query);
    },
    load: () => load().then(() => undefined),
    setPorts: (next) => {
      ports = next;
      const before = loading;
      if (!before) return;
      const started = before.then(({ core, router }) => ({
        core,
        router: core.withPorts(router, next),
      }));
      loading = started;
      started.catch(() => {
        if (loading === started) loading = null;
      });
    },
    dispose: () => undefined,
  };
}
