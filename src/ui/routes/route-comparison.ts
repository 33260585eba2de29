/**
 * The corridor beside the route it is compared with: the one-glance headline and the
 * side-by-side table. Every number comes from geo/routes.geojson, the port catalogue and the
 * transit model of src/lib/analysis; `update` rewrites the ones that depend on speed and allowance.
 */
import type { AppContext } from '../../state/context';
import {
  detourRatio,
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
import { fmt, placeName, rich, t } from '../frame/i18n';
import { swatch } from '../frame/swatch';

/** A port's name in the reader's language (its catalogue name where the language has none). */
export function portName(ctx: AppContext, id: string): string {
  return placeName('ports', id, ctx.data.ports.find((p) => p.id === id)?.name ?? id);
}

/** A passage's name in the reader's language. */
export function passageName(id: string): string {
  return placeName('passages', id, isPassageId(id) ? PASSAGES[id].name : id);
}

/** A list of names joined as the language joins them ("A, B and C"). */
export function listOf(names: readonly string[]): string {
  return new Intl.ListFormat(fmt.tag, { style: 'long', type: 'conjunction' }).format(names);
}

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
    from: portName(ctx, route.origin),
    to: portName(ctx, route.destination),
    via: route.passages.map(passageName).join(', '),
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

const pct = (value: number) => fmt.pct(value, { signed: false });

/** The headline: what the corridor is, its length, and how much shorter and faster it is. */
export function renderHeadline(corridor: RouteFacts, comparison: RouteFacts): Live {
  const saved = slot('days-saved');
  const savedNote = slot();
  const fixed = lengthSaving(corridor, comparison);
  const element = h(
    'div',
    { class: 'routes-headline' },
    h('h2', {}, t('routes.title', { from: corridor.from, to: corridor.to })),
    h(
      'p',
      { class: 'routes-lead' },
      ...rich('routes.lead', {
        from: corridor.from,
        to: corridor.to,
        via: corridor.via,
        km: fmt.km(corridor.route.km),
        nm: fmt.nm(corridor.route.nm),
      }),
    ),
    h(
      'dl',
      { class: 'routes-stats', 'data-testid': 'routes-stats' },
      h(
        'div',
        { class: 'stat stat-lead', style: `--swatch: ${OVERLAY_COLOURS.corridor}` },
        h('dt', {}, t('routes.stat.shortest')),
        h('dd', {}, fmt.km(corridor.route.km)),
        h('dd', { class: 'stat-note' }, fmt.nm(corridor.route.nm)),
      ),
      h(
        'div',
        { class: 'stat' },
        h('dt', {}, t('routes.stat.shorter')),
        h('dd', {}, pct(fixed.shorterPct)),
        h(
          'dd',
          { class: 'stat-note' },
          t('routes.stat.shorterNote', {
            km: fmt.km(fixed.shorterKm),
            from: comparison.from,
            to: comparison.to,
          }),
        ),
      ),
      h(
        'div',
        { class: 'stat' },
        h('dt', {}, t('routes.stat.days')),
        h('dd', {}, saved),
        h('dd', { class: 'stat-note' }, savedNote),
      ),
    ),
  );
  const update = (url: UrlState) => {
    const s = savings(corridor, comparison, url);
    saved.textContent = fmt.days(s.savedDays);
    savedNote.textContent = t('routes.stat.daysNote', {
      corridor: fmt.number(s.a.totalDays, 1),
      comparison: fmt.days(s.b.totalDays),
      speed: fmt.knots(url.speed),
    });
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
      h('caption', { class: 'visually-hidden' }, t('routes.table.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          h('th', { scope: 'col' }, swatch('corridor'), t('routes.corridor')),
          h('th', { scope: 'col' }, swatch('comparison'), t('routes.comparison')),
        ),
      ),
      h(
        'tbody',
        {},
        row(t('routes.table.route'), ...both((r) => t('route.pair', { from: r.from, to: r.to }))),
        row(t('routes.table.via'), ...both((r) => r.via)),
        row(t('routes.table.sea'), ...both((r) => `${fmt.km(r.route.km)} · ${fmt.nm(r.route.nm)}`)),
        row(t('routes.table.greatCircle'), ...both((r) => fmt.km(r.gcKm))),
        row(
          t('routes.table.detour'),
          ...both((r) => t('routes.times', { n: fmt.number(r.detour, 2) })),
        ),
        row(h('span', {}, ...rich('routes.table.atSea', { speed: speedHead })), seaA!, seaB!),
        row(t('routes.table.port'), portA!, portB!),
        row(t('routes.table.total'), totalA!, totalB!, 'total'),
      ),
    ),
    h('p', { class: 'routes-saved' }, saved),
  );
  const update = (url: UrlState) => {
    const s = savings(corridor, comparison, url);
    speedHead.textContent = fmt.knots(url.speed);
    seaA!.textContent = fmt.days(s.a.seaDays);
    seaB!.textContent = fmt.days(s.b.seaDays);
    portA!.textContent = fmt.days(s.a.allowanceDays);
    portB!.textContent = fmt.days(s.b.allowanceDays);
    totalA!.textContent = fmt.days(s.a.totalDays);
    totalB!.textContent = fmt.days(s.b.totalDays);
    saved.textContent = t('routes.saved', {
      km: fmt.km(s.shorterKm),
      pct: pct(s.shorterPct),
      speed: fmt.knots(url.speed),
      days: fmt.days(s.savedDays),
      daysPct: pct(s.savedPct),
    });
    summary.textContent = t('routes.summary', {
      speed: fmt.knots(url.speed),
      allowance: fmt.days(url.allowance),
      corridor: fmt.days(s.a.totalDays),
      comparison: fmt.days(s.b.totalDays),
      saved: fmt.days(s.savedDays),
    });
  };
  return { element, update };
}
