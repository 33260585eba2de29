/**
 * What the current view is, in words and figures, for the exports: a title line, the route
 * figures when a route is shown, and the file's subject.
 */
import { CLAIMS } from '../../content/claims';
import { PRESETS } from '../../content/presets';
import { TOUR_STEPS } from '../../content/tour';
import { routeFigureRows, type FigureRow } from '../../lib/export/csv';
import { exportSubject } from '../../lib/export/names';
import type { MapData } from '../../lib/map-data';
import { placeLabel } from '../../lib/planner/plan';
import { PLANNED_ROUTE_ID } from '../../lib/style/ids';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';

export interface ShownView {
  readonly title: string;
  /** The figures of the routes on the map (km, nm, days at the chosen speed). */
  readonly rows: readonly FigureRow[];
  /** The figures of every route: the atlas's three, and the planned one if any. */
  readonly allRows: readonly FigureRow[];
  readonly subject: string;
  /** What the map shows (toMapData's answer, for the legend of an exported image). */
  readonly mapData: MapData;
}

/** The title, figures and subject of what `state` shows. */
export function shownView(ctx: AppContext, state: AppState): ShownView {
  const url = state.url;
  const data = ctx.mapData(state);
  const planned = data.routes.find((r) => r.id === PLANNED_ROUTE_ID);
  const ends =
    planned && url.from && url.to
      ? { from: placeLabel(url.from, ctx.data.ports), to: placeLabel(url.to, ctx.data.ports) }
      : null;
  const step = url.tour === null ? null : TOUR_STEPS[url.tour - 1];
  const title = ends
    ? `Planned route: ${ends.from} → ${ends.to}`
    : url.claim
      ? `Claim: ${CLAIMS[url.claim].title}`
      : step
        ? `Tour, step ${url.tour}: ${step.title}`
        : PRESETS[url.view].title;
  const all = routeFigureRows({
    routes: ctx.data.routes,
    planned:
      planned && ends
        ? {
            name: `${ends.from} → ${ends.to} (planned)`,
            km: Number(planned.feature.properties?.km),
          }
        : undefined,
    knots: url.speed,
    allowanceDays: url.allowance,
  });
  const rows = all.filter((row) =>
    row.id === 'planned' ? true : data.layers[row.id as 'corridor' | 'comparison' | 'variant'],
  );
  const subject = exportSubject({
    view: url.view,
    claim: url.claim,
    tourStep: url.tour,
    planned: ends ? { ...ends, avoid: url.avoid, open: url.open } : null,
  });
  return { title: `Corridor Atlas — ${title}`, rows, allRows: all, subject, mapData: data };
}
