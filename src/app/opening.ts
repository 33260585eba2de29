/**
 * The opening view first (docs/architecture.md, "What waits for the opening view"): what it does
 * not show is built once the map has drawn it.
 */

/**
 * The queue behind AppContext.afterOpening: work waits for the map's first idle (`mapReady`) and
 * then a quiet moment of the browser (at most 2 s later), and runs at once after that. Without a
 * map, the opening is over at the first quiet moment. `over` resolves once the queued work ran.
 */
export function openingQueue(mapReady: Promise<void> | null): {
  after: (work: () => void) => void;
  over: Promise<void>;
} {
  let done = false;
  const waiting: (() => void)[] = [];
  const over = new Promise<void>((resolve) => {
    const end = () => {
      done = true;
      for (const work of waiting.splice(0)) work();
      resolve();
    };
    const quiet = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(end, { timeout: 2000 })
        : setTimeout(end, 200);
    if (mapReady) void mapReady.then(quiet);
    else quiet();
  });
  return { after: (work) => (done ? work() : waiting.push(work)), over };
}
