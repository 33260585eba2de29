/**
 * The corridor beside the route it is compared with: the one-glance headline and the
 * side-by-side table. Every number comes from geo/routes.geojson, the port catalogue and the
 * transit model of src/lib/analysis; `update` rewrites the ones that depend on speed and allowance.
 */
import type { AppContext } from '../../state/context';
import {
  detourRatio,
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatNumber,
  formatPct,
  greatCircleKm,
  kmToNm,
  transitDays,
  type TransitTime,
} from '../../lib/analysis';
import type { RouteInfo } from '../../lib/map-data';
import { PASSAGES, isPassageId } from '../../lib/routing/passages';
import { OVERLAY_COLOURS } from '../../lib/style/ids';
import type { UrlState } from '../../lib/url/state';
import { h } from '../frame/dom';
import { swatch } from '../frame/swatch';

/** A route's fixed facts: port names, passages, length, great-circle distance and detour. */
export interface RouteFacts {
  route: RouteInfo;
  from: string;
  to: string;
  via: string;
  gcKm: number;
  detour: number;
}

/** The facts of one route, with port names and positions from the port catalogue. */
export function routeFacts(ctx: AppContext, route: RouteInfo): RouteFacts {
  const port = (id: string) => ctx.data.ports.find((p) => p.id === id);
  const coords = route.feature.geometry.coordinates;
  const start = port(route.origin)?.coordinates ?? coords[0]!;
  const end = port(route.destination)?.coordinates ?? coords[coords.length - 1]!;
  const gcKm = greatCircleKm(start, end);
  return {
    route,
    from: port(route.origin)?.name ?? route.origin,
    to: port(route.destination)?.name ?? route.destination,
    via: route.passages.map((id) => (isPassageId(id) ? PASSAGES[id].name : id)).join(', '),
    gcKm,
    detour: detourRatio(route.km, gcKm),
  };
}

/** Transit time of a route at the state's speed and allowance (nm from the route's km). */
export function transitFor(route: RouteInfo, url: UrlState): TransitTime {
  return transitDays({ nm: kmToNm(route.km), knots: url.speed, allowanceDays: url.allowance });
}

/** An element whose text the update step rewrites. */
const slot = (testid?: string) => h('span', { 'data-testid': testid });

interface Live {
  element: HTMLElement;
  update(url: UrlState): void;
}

/** How much shorter the corridor is: km, and % of the comparison's length. */
function lengthSaving(corridor: RouteFacts, comparison: RouteFacts) {
  const shorterKm = comparison.route.km - corridor.route.km;
  return { shorterKm, shorterPct: (shorterKm / comparison.route.km) * 100 };
}

/** How much shorter and faster the corridor is at the state's speed and allowance. */
function savings(corridor: RouteFacts, comparison: RouteFacts, url: UrlState) {
  const a = transitFor(corridor.route, url);
  const b = transitFor(comparison.route, url);
  const savedDays = b.totalDays - a.totalDays;
  return {
    ...lengthSaving(corridor, comparison),
    a,
    b,
    savedDays,
    savedPct: (savedDays / b.totalDays) * 100,
  };
}

const pct = (value: number) => formatPct(value, { signed: false });

/** The headline: what the corridor is, its length, and how much shorter and faster it is. */
export function renderHeadline(corridor: RouteFacts, comparison: RouteFacts): Live {
  const saved = slot('days-saved');
  const savedNote = slot();
  const fixed = lengthSaving(corridor, comparison);
  const element = h(
    'div',
    { class: 'routes-headline' },
    h('h2', {}, `${corridor.from} → ${corridor.to} by sea`),
    h(
      'p',
      { class: 'routes-lead' },
      `The ${corridor.route.name} runs from ${corridor.from} through the ${corridor.via} to ${corridor.to}: `,
      h('strong', {}, `${formatKm(corridor.route.km)} (${formatNm(corridor.route.nm)})`),
      ' along Eurostat’s modelled sea lanes (the article says about 10,300 km).',
    ),
    h(
      'dl',
      { class: 'routes-stats', 'data-testid': 'routes-stats' },
      h(
        'div',
        { class: 'stat stat-lead', style: `--swatch: ${OVERLAY_COLOURS.corridor}` },
        h('dt', {}, 'Shortest sea-lane path (modelled)'),
        h('dd', {}, formatKm(corridor.route.km)),
        h('dd', { class: 'stat-note' }, formatNm(corridor.route.nm)),
      ),
      h(
        'div',
        { class: 'stat' },
        h('dt', {}, 'Shorter than Mumbai → St Petersburg via Suez (other ports)'),
        h('dd', {}, pct(fixed.shorterPct)),
        h(
          'dd',
          { class: 'stat-note' },
          `${formatKm(fixed.shorterKm)} less than ${comparison.from} → ${comparison.to}`,
        ),
      ),
      h(
        'div',
        { class: 'stat' },
        h('dt', {}, 'Days less than Mumbai → St Petersburg'),
        h('dd', {}, saved),
        h('dd', { class: 'stat-note' }, savedNote),
      ),
    ),
  );
  const update = (url: UrlState) => {
    const s = savings(corridor, comparison, url);
    saved.textContent = formatDays(s.savedDays);
    savedNote.textContent = `${formatNumber(s.a.totalDays, 1)} vs ${formatDays(s.b.totalDays)} at ${formatKnots(url.speed)}`;
  };
  return { element, update };
}

/** The side-by-side table, with a one-line summary that screen readers announce on change. */
export function renderComparisonTable(corridor: RouteFacts, comparison: RouteFacts): Live {
  const cells = (testid: string) => [slot(`corridor-${testid}`), slot(`comparison-${testid}`)];
  const [seaA, seaB] = cells('sea-days');
  const [portA, portB] = cells('allowance-days');
  const [totalA, totalB] = cells('days');
  const speedHead = slot();
  const saved = slot('saved');
  const summary = h('p', {
    class: 'routes-summary',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'data-testid': 'routes-summary',
  });
  const row = (head: Node | string, a: Node | string, b: Node | string, cls?: string) =>
    h('tr', { class: cls }, h('th', { scope: 'row' }, head), h('td', {}, a), h('td', {}, b));
  const both = (f: (r: RouteFacts) => string) => [f(corridor), f(comparison)] as const;
  const element = h(
    'div',
    { class: 'routes-results', 'data-testid': 'routes-results' },
    summary,
    h(
      'table',
      { class: 'routes-table', 'data-testid': 'routes-table' },
      h('caption', { class: 'visually-hidden' }, 'The corridor beside the comparison route'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          h('th', { scope: 'col' }, swatch('corridor'), 'Corridor'),
          h('th', { scope: 'col' }, swatch('comparison'), 'Comparison'),
        ),
      ),
      h(
        'tbody',
        {},
        row('Route', ...both((r) => `${r.from} → ${r.to}`)),
        row('Via', ...both((r) => r.via)),
        row('Sea distance', ...both((r) => `${formatKm(r.route.km)} · ${formatNm(r.route.nm)}`)),
        row('Great circle', ...both((r) => formatKm(r.gcKm))),
        row('Detour ratio', ...both((r) => `${formatNumber(r.detour, 2)}×`)),
        row(h('span', {}, 'At sea, ', speedHead), seaA!, seaB!),
        row('Port & canals', portA!, portB!),
        row('Total', totalA!, totalB!, 'total'),
      ),
    ),
    h('p', { class: 'routes-saved' }, saved),
  );
  const update = (url: UrlState) => {
    const s = savings(corridor, comparison, url);
    speedHead.textContent = formatKnots(url.speed);
    seaA!.textContent = formatDays(s.a.seaDays);
    seaB!.textContent = formatDays(s.b.seaDays);
    portA!.textContent = formatDays(s.a.allowanceDays);
    portB!.textContent = formatDays(s.b.allowanceDays);
    totalA!.textContent = formatDays(s.a.totalDays);
    totalB!.textContent = formatDays(s.b.totalDays);
    saved.textContent = `The corridor is ${formatKm(s.shorterKm)} (${pct(s.shorterPct)}) shorter and, at ${formatKnots(url.speed)}, takes ${formatDays(s.savedDays)} (${pct(s.savedPct)}) less.`;
    summary.textContent = `At ${formatKnots(url.speed)} with ${formatDays(url.allowance)} in port and canals: corridor ${formatDays(s.a.totalDays)}, comparison ${formatDays(s.b.totalDays)}, ${formatDays(s.savedDays)} saved.`;
  };
  return { element, update };
}
