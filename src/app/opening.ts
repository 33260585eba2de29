/**
 * The opening view first (docs/architecture.md, "What waits for the opening view"): what it does
 * not show is built once the map has drawn it.
 */

/**
 * The queue behind AppContext.afterOpening and endOpening: work waits for the map's first idle
 * (`mapReady`) and then a quiet moment of the browser (at most 2 s later), or until the reader
 * reaches for it (`end`), and runs at once after that. Without a map, the opening is over at the
 * first quiet moment. `over` resolves once the queued work ran; a work that throws is reported
 * (by default as an uncaught error, where the page's error reporting sees it) and does not stop
 * the others.
 */
export function openingQueue(
  mapReady: Promise<void> | null,
  report: (error: unknown) => void = (error) =>
    queueMicrotask(() => {
      throw error;
    }),
): {
  after: (work: () => void) => void;
  end: () => void;
  over: Promise<void>;
} {
  let done = false;
  const waiting: (() => void)[] = [];
  let resolve!: () => void;
  const over = new Promise<void>((r) => (resolve = r));
  const run = (work: () => void) => {
    try {
      work();
    } catch (error) {
      report(error);
    }
  };
  const end = () => {
    if (done) return;
    done = true;
    for (const work of waiting.splice(0)) run(work);
    resolve();
  };
  const quiet = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(end, { timeout: 2000 })
      : setTimeout(end, 200);
  if (mapReady) void mapReady.then(quiet);
  else quiet();
  return { after: (work) => (done ? run(work) : waiting.push(work)), end, over };
}
