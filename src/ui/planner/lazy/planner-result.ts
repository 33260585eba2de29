/** The planner's result card: a route's figures beside the corridor, its passages, a download. */
import { portCalls } from '../../../lib/analysis/transit';
import { ecaCostForState } from '../../../lib/costs/for-state';
import type { RouteEcaKm } from '../../../lib/eca/measure';
import { compareWithCorridor, plannedRouteFeature, shownKm } from '../../../lib/planner/plan';
import { readLoadProblem } from '../../../content/data-files';
import { selectKey } from '../../../lib/i18n/translator';
import type { PlannerProblem, PlannerSession, ShownRoute } from '../../../lib/planner/session';
import type { RouteError } from '../../../lib/routing/route';
import type { Place, UrlState } from '../../../lib/url/state';
import { slug } from '../../../lib/export/names';
import { h } from '../../frame/dom';
import { downloadBlob } from '../../frame/download';
import { fmt, t } from '../../frame/i18n';
import { passageName } from '../../routes';
import { pt } from './words';
import { voyageDetails } from './planner-voyage';
import { ecaLine, fuelSplit, withEcaKm } from './planner-eca';

/** Snap legs longer than this are worth a line: the route starts with a straight leg to a lane. */
const NOTABLE_SNAP_KM = 25;

export interface ResultView {
  /** The route on screen and the request it answers. */
  shown: ShownRoute;
  /** The reader's speed, allowance and cost choices. */
  url: UrlState;
  corridorKm: number;
  label(place: Place): string;
  /** The route's km inside ECAs; null while the ECAs are not loaded (or could not be). */
  eca: RouteEcaKm | null;
}

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
const signedKm = (km: number) => `${sign(km)}${fmt.km(Math.abs(km))}`;
const signedDays = (d: number) => `${sign(d)}${fmt.days(Math.abs(d))}`;

function row(label: string, value: string, testid: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)];
}

/** The figures of a computed route. */
export function renderResult({ shown, url, corridorKm, label, eca }: ResultView): HTMLElement[] {
  const route = shown.route;
  // One allowance per port call: the legs tell how many calls the voyage makes.
  const c = compareWithCorridor(
    { km: shownKm(route), legs: route.legs },
    corridorKm,
    url.speed,
    url.allowance,
  );
  // Inside ECAs a high-sulphur fuel gives way to gas oil (lib/costs/eca-switch.ts).
  const cost = ecaCostForState(withEcaKm(route), url);
  const view = {
    fromLabel: label(shown.request.from),
    toLabel: label(shown.request.to),
    knots: url.speed,
    allowanceDays: url.allowance,
    feature: plannedRouteFeature(route, shown.request),
  };
  const unit = cost.perUnit;
  const passages = route.passages.map(passageName);
  const snaps = (
    [
      ['start', route.snapKm.origin],
      ['end', route.snapKm.destination],
    ] as const
  ).filter(([, km]) => km > NOTABLE_SNAP_KM);
  return [
    h(
      'h3',
      { 'data-testid': 'planner-title' },
      t('route.pair', { from: view.fromLabel, to: view.toLabel }),
    ),
    h(
      'dl',
      { class: 'planner-figures' },
      ...row(pt('result.length'), `${fmt.km(c.km)} (${fmt.nm(c.nm)})`, 'planner-length'),
      ...row(
        pt('result.passages'),
        passages.length ? passages.join(', ') : pt('result.none'),
        'planner-passages',
      ),
      ...row(
        pt('result.time', { speed: fmt.knots(view.knots) }),
        pt('result.days', {
          total: fmt.days(c.days),
          sea: fmt.days(c.seaDays),
          allowance: fmt.days(view.allowanceDays),
          calls: portCalls(route),
        }),
        'planner-days',
      ),
      ...row(
        pt('result.vsCorridor'),
        `${signedKm(c.deltaKm)} (${fmt.pct(c.deltaPct)}), ${signedDays(c.deltaDays)}`,
        'planner-delta',
      ),
      ...row(pt('eca.title'), ecaLine(eca), 'planner-eca'),
      ...row(pt('result.fuel'), fmt.tonnes(cost.fuelT), 'planner-fuel'),
      ...row(pt('result.co2'), fmt.tonnes(cost.co2T), 'planner-co2'),
      ...row(pt('result.cost'), fmt.usd(cost.costUsd), 'planner-cost'),
      ...(unit
        ? row(
            pt('result.perUnit', { unit: unit.unit }),
            pt('result.perUnitValue', {
              fuel: fmt.tonnes(unit.fuelT, { decimals: 3 }),
              co2: fmt.tonnes(unit.co2T, { decimals: 3 }),
              cost: fmt.usd(unit.costUsd),
            }),
            'planner-per-unit',
          )
        : []),
    ),
    ...fuelSplit(cost),
    ...voyageDetails({
      route,
      request: shown.request,
      knots: url.speed,
      allowanceDays: url.allowance,
      totalDays: c.days,
      label,
    }),
    h(
      'p',
      { class: 'planner-hint' },
      pt('result.corridor', { km: fmt.km(c.corridorKm), days: fmt.days(c.corridorDays) }),
    ),
    // An approach that crosses land at the map's resolution is approximate: say so, with its km.
    ...(
      [
        [view.fromLabel, route.origin.approachLandKm],
        [view.toLabel, route.destination.approachLandKm],
      ] as const
    ).flatMap(([port, km]) =>
      km
        ? [
            h(
              'p',
              { class: 'planner-hint', 'data-testid': 'planner-approximate' },
              // Tenths of a km: a leg that only grazes land counts 0.1 km (docs/routing.md).
              pt('result.approach', { port, km: t('unit.km', { n: fmt.number(km, 1) }) }),
            ),
          ]
        : [],
    ),
    ...snaps.map(([end, km]) =>
      h(
        'p',
        { class: 'planner-hint', 'data-testid': 'planner-snap' },
        pt('result.snap', { end, km: fmt.km(km) }),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button planner-button',
        'data-testid': 'download-route',
        onclick: () =>
          downloadBlob(
            new Blob([JSON.stringify(view.feature, null, 1)], { type: 'application/geo+json' }),
            `route-${slug(view.fromLabel)}-${slug(view.toLabel)}.geojson`,
          ),
      },
      pt('result.download'),
    ),
  ];
}

/** The status line for a session ("Computing the route…"). */
export function statusLine(session: PlannerSession, label: (place: Place) => string): string {
  switch (session.status) {
    case 'empty':
      return pt('status.empty');
    case 'loading':
      return pt('status.loading');
    case 'computing':
      return pt('status.computing');
    case 'shown': {
      const request = session.shown!.request;
      return pt('status.shown', { from: label(request.from), to: label(request.to) });
    }
    case 'error':
      return pt(session.problem?.kind === 'same-place' ? 'status.nothing' : 'status.failed');
  }
}

/** What went wrong, in a sentence or two; says so when the previous route stays on screen. */
export function problemMessage(
  problem: PlannerProblem,
  previousShown: boolean,
  /** A port of the request that no route can reach (its name), if any. */
  unreachable: string | null = null,
): string {
  const kept = previousShown ? 'yes' : 'no';
  // An unreachable port answers in words, whatever else closed the way (issue #28).
  if (problem.kind === 'route' && problem.error.code === 'no-route' && unreachable)
    return pt('problem.unreachable', { port: unreachable });
  switch (problem.kind) {
    case 'same-place':
      return pt('problem.samePlace');
    case 'route':
      return pt('problem.route', { reason: errorMessage(problem.error), kept });
    case 'unavailable':
      return pt('problem.unavailable', { reason: unavailableReason(problem.message), kept });
  }
}

/** Why the router could not answer: a load that failed, worded here (content/data-files.ts). */
export function unavailableReason(message: string): string {
  const load = readLoadProblem(message);
  if (!load) return message;
  const { failure } = load;
  return pt('problem.load', {
    file: selectKey(load.file),
    kind: failure.kind,
    status: failure.kind === 'http' ? failure.status : 0,
  });
}

/** A clear sentence for a routing error. */
function errorMessage(error: RouteError): string {
  switch (error.code) {
    case 'no-route':
      return pt('problem.noRoute', {
        closed: (error.closed ?? []).map(passageName).join(', ') || pt('result.none'),
      });
    case 'too-far-from-sea': {
      const ends = error.far?.ends ?? [];
      return pt('problem.tooFar', {
        ends: ends.length > 1 ? 'both' : (ends[0] ?? 'both'),
        km: fmt.km(error.far?.limitKm ?? 0),
      });
    }
    case 'unknown-port':
    case 'invalid-coordinate':
    case 'invalid-option':
      return pt('problem.invalid', { detail: error.message });
  }
}
