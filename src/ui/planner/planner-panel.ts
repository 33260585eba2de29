/**
 * The "Plan a route" tab. Its code, styles and the sea-lane network load only when the tab is
 * first opened (lazy/planner-view.ts and the route service's client, then the routing worker), so the initial page stays as small as
 * without the planner. If its code cannot be loaded (offline, a dropped connection), the tab says
 * so and tries again on the user's next click or key press, when the browser comes back online,
 * with Retry, and meanwhile with backoff (issue #14).
 */
import type { AppContext } from '../../state/context';
import { h } from '../frame/dom';
import { locale, t } from '../frame/i18n';
import { RETRY_BACKOFF_MS } from '../../lib/retry';
import { linkPortIds } from '../../lib/planner/link-ports';

/**
 * Stylesheets that failed to load, loaded again. Vite's preload helper adds the planner's CSS as a
 * <link> once and never again, so after a failure the page would keep an unstyled planner.
 */
function reloadFailedStylesheets(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.sheet === null) link.replaceWith(link.cloneNode());
  }
}

/** Fills the planner tab: shows a loading line, then the planner once its code has arrived. */
export function renderPlannerPanel(body: HTMLElement, ctx: AppContext): void {
  const status = h('p', { role: 'status', 'data-testid': 'planner-loading' });
  const retry = h(
    'button',
    { type: 'button', class: 'planner-retry', 'data-testid': 'planner-retry', hidden: true },
    t('data.retry'),
  );
  body.append(status, retry);

  let loading = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The user's next action anywhere on the page counts: clicking the tab again, most often.
  const triggers = ['online', 'pointerdown', 'keydown'] as const;
  const stopWaiting = () => {
    clearTimeout(timer);
    for (const type of triggers) window.removeEventListener(type, load, true);
  };
  ctx.signal.addEventListener('abort', stopWaiting);

  function load(): void {
    if (loading) return;
    loading = true;
    stopWaiting();
    status.textContent = t('planner.loading');
    retry.hidden = true;
    if (failures > 0) reloadFailedStylesheets();
    // A fresh import() each time: the browser fetches a module that failed again (no failed
    // promise is kept here).
    // The planner's code, and its messages in the reader's language (a part of their own).
    const view = import('./lazy/planner-view').then(async (module) => {
      await module.loadPlannerWords(locale());
      return module.mountPlanner;
    });
    // The routing worker starts loading the network at once (with the curated ports). The World
    // Port Index comes first only when the link names a port outside the curated ones; else the
    // planner opens at once and asks for it once its first route is drawn (null if the fetch
    // failed: the curated ports, and a notice with Retry from src/app/world-ports.ts).
    const service = ctx.loadRouteService().then((start) => {
      start(ctx.data.ports);
      return start;
    });
    const curated = ctx.data.catalogues.portIds;
    const needed = linkPortIds(ctx.store.state.url).some((id) => !curated.has(id));
    Promise.all([view, service, needed ? ctx.worldPorts.load() : null]).then(
      ([mountPlanner, startRouteService, world]) => {
        if (ctx.signal.aborted) return;
        status.remove();
        retry.remove();
        mountPlanner(body, ctx, startRouteService, world);
      },
      () => {
        loading = false;
        status.textContent = t('planner.loadFailed');
        retry.hidden = false;
        for (const type of triggers) window.addEventListener(type, load, true);
        const delay = RETRY_BACKOFF_MS[failures++];
        if (delay !== undefined) timer = setTimeout(load, delay);
      },
    );
  }
  retry.addEventListener('click', load);
  load();
}
