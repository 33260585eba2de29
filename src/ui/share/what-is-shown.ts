/**
 * What the current view is, in words and figures, for the exports: a title line, the route
 * figures when a route is shown, and the file's subject.
 */
import { routeFigureRows, type FigureRow } from '../../lib/export/csv';
import { exportSubject } from '../../lib/export/names';
import type { MapData } from '../../lib/map-data';
import { placeLabel } from '../../lib/planner/plan';
import { placeName, pointText, storyWords, t, words } from '../frame/i18n';
import { TOUR_STEPS } from '../../content/tour';
import { PLANNED_ROUTE_ID } from '../../lib/style/ids';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import type { Place } from '../../lib/url/state';

/** A planner end as a reader names it: the port in their language, or the point's coordinates. */
function placeText(ctx: AppContext, place: Place): string {
  return place.kind === 'port'
    ? placeName('ports', place.id, placeLabel(place, ctx.data.ports))
    : pointText(place);
}

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
      ? { from: placeText(ctx, url.from), to: placeText(ctx, url.to) }
      : null;
  const step = url.tour === null ? null : TOUR_STEPS[url.tour - 1];
  const title = ends
    ? t('export.planned', ends)
    : url.claim
      ? t('export.claim', { title: words.claims[url.claim].title })
      : step
        ? t('export.step', { n: url.tour ?? 0, title: storyWords().tour[step.id]!.title })
        : words.presets[url.view].title;
  const all = routeFigureRows({
    routes: ctx.data.routes,
    planned:
      planned && ends
        ? {
            name: t('export.plannedRow', ends),
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
  return { title: t('export.title', { title }), rows, allRows: all, subject, mapData: data };
}
