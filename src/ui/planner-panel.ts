/**
 * The "Plan a route" tab. Its code, styles and the sea-lane network load only when the tab is
 * first opened (planner-view.ts, then the routing worker), so the initial page stays as small as
 * without the planner.
 */
import type { AppContext } from '../state/context';
import { h } from './dom';

/** Fills the planner tab: shows a loading line, then the planner once its code has arrived. */
export function renderPlannerPanel(body: HTMLElement, ctx: AppContext): void {
  const loading = h('p', { role: 'status' }, 'Loading the route planner…');
  body.append(loading);
  import('./planner-view').then(
    ({ mountPlanner }) => {
      loading.remove();
      mountPlanner(body, ctx);
    },
    (error: Error) => {
      loading.textContent = 'The route planner could not be loaded.';
      ctx.notices.show(`The route planner could not be loaded: ${error.message}`, 'error');
    },
  );
}
