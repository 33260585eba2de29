/**
 * The routing worker: builds the sea router once (from the network URL and the ports the page
 * sends) and answers route queries, so a recomputation never blocks the page.
 */
import type { SeaRouter } from '../lib/routing';
import type { FromWorker, ToWorker } from './protocol';
import { answer, loadRouter, withPorts } from './router-core';

// The project's TS lib is DOM, not WebWorker: type just what a dedicated worker scope offers.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

let router: Promise<SeaRouter> | null = null;

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'init') {
    // Loaded or loading: nothing to do. After a failure the client sends `init` again (the
    // user's next change, back online): the network is fetched again, never a kept rejection.
    if (router) return;
    const start = performance.now();
    const loading = loadRouter(message.networkUrl, message.ports);
    router = loading;
    loading.then(
      () => scope.postMessage({ type: 'ready', loadMs: performance.now() - start }),
      (error: unknown) => {
        if (router === loading) router = null;
        scope.postMessage({ type: 'init-failed', message: (error as Error).message });
      },
    );
    return;
  }
  if (message.type === 'ports') {
    // Not loaded: the client's next `init` carries these ports.
    if (!router) return;
    const next = router.then((r) => withPorts(r, message.ports));
    router = next;
    next.catch(() => {
      if (router === next) router = null;
    });
    return;
  }
  if (!router) return;
  const id = message.id;
  // Queries that arrive while loading wait for the router; they are answered in order. If the
  // load fails, `init-failed` fails them in the client.
  void router.then(
    (r) => {
      // Always answer, or the client would wait for this reply for ever.
      try {
        scope.postMessage({ type: 'result', id, ...answer(r, message.query) });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        scope.postMessage({
          type: 'result',
          id,
          result: { ok: false, error: { code: 'invalid-option', message: text } },
          ms: 0,
        });
      }
    },
    () => undefined,
  );
});
