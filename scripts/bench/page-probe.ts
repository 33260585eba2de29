/**
 * What the load benchmark measures inside each page, alike for all three: an init script that
 * counts shader programs linked and animation frames that drew, and a CDP session that reads the
 * main thread's CPU time. Both are read the moment the page sets `atlas:first-idle`.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** The Runtime binding the init script calls at the mark (CDP `Runtime.addBinding`). */
const BINDING = '__benchFirstIdle';

/**
 * Runs before any page script. The wrappers cost one counter bump per call (plus, per draw call,
 * one read of the frame time), against MapLibre's own work per draw. A frame is keyed by
 * `document.timeline.currentTime`, the same for every callback of one rendering update (it equals
 * the requestAnimationFrame timestamp), so a redraw from a ResizeObserver in that update is the
 * same frame. A plain string, not a function: tsx would wrap named functions in a helper the page
 * lacks.
 */
const INIT_SCRIPT = `(() => {
  const counts = { programs: 0, drawCalls: 0, frames: 0, framesOutsideRaf: 0 };
  const proto = WebGL2RenderingContext.prototype;
  const link = proto.linkProgram;
  proto.linkProgram = function (program) {
    counts.programs++;
    return link.call(this, program);
  };
  const timeline = document.timeline;
  let lastFrame = null;
  let inRaf = 0;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
    const draw = proto[name];
    proto[name] = function () {
      counts.drawCalls++;
      const frame = timeline.currentTime;
      if (frame !== lastFrame) {
        lastFrame = frame;
        counts.frames++;
        if (inRaf === 0) counts.framesOutsideRaf++;
      }
      return draw.apply(this, arguments);
    };
  }
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (callback) {
    return raf.call(window, (time) => {
      inRaf++;
      try {
        return callback(time);
      } finally {
        inRaf--;
      }
    });
  };
  const mark = performance.mark;
  performance.mark = function (name) {
    const entry = mark.apply(this, arguments);
    if (name === 'atlas:first-idle' && typeof window.${BINDING} === 'function')
      window.${BINDING}(JSON.stringify({ ...counts, idleMs: entry.startTime }));
    return entry;
  };
})();`;

export interface PageCounts {
  /** Milliseconds from navigation start to the first-idle mark. */
  idleMs: number;
  /** WebGL programs linked (one per shader variant MapLibre compiled). */
  programs: number;
  drawCalls: number;
  /** Animation frames (rendering updates) in which at least one draw call was issued. */
  frames: number;
  /** Of those, frames whose draws came from outside a requestAnimationFrame callback. */
  framesOutsideRaf: number;
}

export interface IdleReport extends PageCounts {
  /** Main-thread task time to the mark, milliseconds of thread CPU time (threadTicks). */
  cpuMs: number;
}

/** Adds the counting init script to a fresh browser context. */
export async function addProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: INIT_SCRIPT });
}

/**
 * Prepares `page` before it navigates: main-thread metrics in thread CPU time, and the binding
 * the init script calls at the mark. `firstIdle()` then waits for that mark (at most
 * `timeoutMs`) and gives the counts with the CPU time read right after it.
 */
export async function probePage(
  context: BrowserContext,
  page: Page,
  timeoutMs = 60_000,
): Promise<{ firstIdle: () => Promise<IdleReport> }> {
  const cdp = await context.newCDPSession(page);
  // Thread ticks: the main thread's own CPU time, not wall time, so a busy second core or a task
  // blocked waiting does not count (CDP Performance.enable, `timeDomain`).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // A binding's calls are reported only while the Runtime domain is on.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  // Settles with an Error rather than rejecting, so a page that never gets there leaves no
  // unhandled rejection behind.
  let settle: (result: IdleReport | Error) => void = () => {};
  const reported = new Promise<IdleReport | Error>((resolve) => (settle = resolve));
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name !== BINDING) return;
    const counts = JSON.parse(event.payload) as PageCounts;
    cdp.send('Performance.getMetrics').then(({ metrics }) => {
      const task = metrics.find((m) => m.name === 'TaskDuration');
      settle(task ? { ...counts, cpuMs: task.value * 1000 } : new Error('no TaskDuration metric'));
    }, settle);
  });
  return {
    firstIdle: async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<Error>((resolve) => {
        timer = setTimeout(() => resolve(new Error(`no first idle in ${timeoutMs} ms`)), timeoutMs);
      });
      const result = await Promise.race([reported, timeout]);
      clearTimeout(timer);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}
