/** The planner's result card: a route's figures beside the corridor, its passages, a download. */
import type { Feature, LineString } from 'geojson';
import {
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatPct,
  formatTonnes,
  formatUsd,
} from '../../../lib/analysis/format';
import type { VoyageCost } from '../../../lib/costs/model';
import { passageNames, type CorridorComparison } from '../../../lib/planner/plan';
import type { PlannerProblem, PlannerSession } from '../../../lib/planner/session';
import type { RouteError, SeaRoute } from '../../../lib/routing/route';
import type { Place } from '../../../lib/url/state';
import { slug } from '../../../lib/export/names';
import { h } from '../../frame/dom';
import { downloadBlob } from '../../frame/download';

/** Snap legs longer than this are worth a line: the route starts with a straight leg to a lane. */
const NOTABLE_SNAP_KM = 25;

export interface ResultView {
  route: SeaRoute;
  fromLabel: string;
  toLabel: string;
  comparison: CorridorComparison;
  knots: number;
  allowanceDays: number;
  feature: Feature<LineString>;
  /** The route's modelled fuel, CO₂ and cost at the reader's voyage assumptions. */
  cost: VoyageCost;
}

const signedKm = (km: number) => `${km > 0 ? '+' : km < 0 ? '−' : ''}${formatKm(Math.abs(km))}`;
const signedDays = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : ''}${formatDays(Math.abs(d))}`;

function row(label: string, value: string, testid: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)];
}

/** The figures of a computed route. */
export function renderResult(view: ResultView): HTMLElement[] {
  const { route, comparison: c, cost } = view;
  const unit = cost.perUnit;
  const passages = passageNames(route.passages);
  const snaps = (
    [
      ['start', route.snapKm.origin],
      ['end', route.snapKm.destination],
    ] as const
  ).filter(([, km]) => km > NOTABLE_SNAP_KM);
  return [
    h('h3', { 'data-testid': 'planner-title' }, `${view.fromLabel} → ${view.toLabel}`),
    h(
      'dl',
      { class: 'planner-figures' },
      ...row('Length', `${formatKm(c.km)} (${formatNm(c.nm)})`, 'planner-length'),
      ...row('Passages', passages.length ? passages.join(', ') : 'none', 'planner-passages'),
      ...row(
        `Time at ${formatKnots(view.knots)}`,
        `${formatDays(c.days)} (${formatDays(c.seaDays)} at sea + ${formatDays(view.allowanceDays)} allowance)`,
        'planner-days',
      ),
      ...row(
        'vs the corridor',
        `${signedKm(c.deltaKm)} (${formatPct(c.deltaPct)}), ${signedDays(c.deltaDays)}`,
        'planner-delta',
      ),
      ...row('Fuel (modelled)', formatTonnes(cost.fuelT), 'planner-fuel'),
      ...row('CO₂ (modelled)', formatTonnes(cost.co2T), 'planner-co2'),
      ...row('Cost (modelled)', formatUsd(cost.costUsd), 'planner-cost'),
      ...(unit
        ? row(
            `Per ${unit.unit} (ship full)`,
            `${formatTonnes(unit.fuelT, { decimals: 3 })} fuel, ${formatTonnes(unit.co2T, {
              decimals: 3,
            })} CO₂, ${formatUsd(unit.costUsd)}`,
            'planner-per-unit',
          )
        : []),
    ),
    h(
      'p',
      { class: 'planner-hint' },
      `Corridor: Chennai → Vladivostok via Malacca, ${formatKm(c.corridorKm)}, ${formatDays(c.corridorDays)} at the same speed and allowance.`,
    ),
    ...snaps.map(([end, km]) =>
      h(
        'p',
        { class: 'planner-hint', 'data-testid': 'planner-snap' },
        `The ${end} is ${formatKm(km)} from the nearest sea lane; that straight leg is included.`,
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'planner-button',
        'data-testid': 'download-route',
        onclick: () =>
          downloadBlob(
            new Blob([JSON.stringify(view.feature, null, 1)], { type: 'application/geo+json' }),
            `route-${slug(view.fromLabel)}-${slug(view.toLabel)}.geojson`,
          ),
      },
      'Download GeoJSON',
    ),
  ];
}

/** The status line for a session ("Computing the route…"). */
export function statusLine(session: PlannerSession, label: (place: Place) => string): string {
  switch (session.status) {
    case 'empty':
      return 'Choose an origin and a destination.';
    case 'loading':
      return 'Loading the sea-lane network…';
    case 'computing':
      return 'Computing the route…';
    case 'shown': {
      const request = session.shown!.request;
      return `Route computed: ${label(request.from)} → ${label(request.to)}.`;
    }
    case 'error':
      return session.problem?.kind === 'same-place'
        ? 'No route to compute.'
        : 'The route could not be computed.';
  }
}

/** What went wrong, in a sentence or two; says so when the previous route stays on screen. */
export function problemMessage(problem: PlannerProblem, previousShown: boolean): string {
  const kept = previousShown ? ' The previous route is still shown.' : '';
  switch (problem.kind) {
    case 'same-place':
      return 'Origin and destination are the same place. Choose another origin or destination.';
    case 'route':
      return errorMessage(problem.error) + kept;
    case 'unavailable':
      return `The route could not be computed: ${problem.message}.${kept}`;
  }
}

/** A clear sentence for a routing error. */
function errorMessage(error: RouteError): string {
  switch (error.code) {
    case 'no-route':
      return `No sea route joins these places with these passages closed. Open a passage or change an end. (${error.message})`;
    case 'too-far-from-sea':
      return `Too far from the sea lanes of the network to route: ${error.message}. Pick a port, or a point nearer a shipping lane.`;
    case 'unknown-port':
    case 'invalid-coordinate':
    case 'invalid-option':
      return `This request cannot be routed: ${error.message}.`;
  }
}
