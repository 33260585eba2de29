/**
 * What each route in the comparison burns, emits and costs by the cost model
 * (src/lib/costs/model.ts), at the state's speed, allowance, vessel, fuel, price and dues, with
 * the speed warning in plain words and the corridor's difference from the comparison route.
 */
import type { RouteId } from '../../content/ids';
import { VESSELS } from '../../content/vessels';
import type { EcaCost } from '../../lib/costs/eca-switch';
import { ecaCostForState } from '../../lib/costs/for-state';
import { SPEED_WARNING_BAND, type VoyageCost } from '../../lib/costs/model';
import type { UrlState } from '../../lib/url/state';
import { h, replaceChildren } from '../frame/dom';
import { fmt, rich, t } from '../frame/i18n';
import { swatch } from '../frame/swatch';
import { fuelName, vesselName } from './cost-controls';
import { fuelParts, oneFuelNote, switchRule } from './fuel-split';

/** A route of the comparison as the figures need it. */
export interface CostRoute {
  id: RouteId;
  /** Column heading. */
  label: string;
  km: number;
  /** Passages it goes through (canal dues are charged per canal). */
  passages: readonly string[];
  /** Km inside Emission Control Areas (the build's figure): the fuel switch applies to them. */
  ecaKm: number;
}

const pct = (value: number) => `${fmt.number(value * 100)}%`;

/** The speed warning (and the above-design-speed note) in plain words, or null. */
export function speedNote(cost: VoyageCost, url: UrlState): [string, string] | null {
  const values = {
    speed: fmt.knots(url.speed),
    ratio: pct(cost.speedRatio),
    design: fmt.knots(VESSELS[url.vessel].designSpeedKn.value),
    band: pct(SPEED_WARNING_BAND),
  };
  if (cost.speedWarning && !cost.aboveDesignSpeed) {
    const change = cost.partLoadSfcChange;
    return [
      t('cost.warning'),
      t('cost.warning.low', {
        ...values,
        change: pct(Math.abs(change)),
        way: change >= 0 ? 'higher' : 'lower',
      }),
    ];
  }
  if (cost.speedWarning) return [t('cost.warning'), t('cost.warning.high', values)];
  if (cost.aboveDesignSpeed) return [t('cost.aboveDesign'), t('cost.aboveDesign.text', values)];
  return null;
}

/** The line that says the figures are modelled, and at which choices. */
export function costContext(url: UrlState, cost: VoyageCost): string {
  return t('cost.context', {
    vessel: vesselName(url.vessel),
    fuel: fuelName(url.fuel),
    speed: fmt.knots(url.speed),
    allowance: fmt.days(url.allowance),
    price: fmt.usd(cost.priceUsdPerTonne, { decimals: 2 }),
    published: String(url.price === null),
    dues: fmt.usd(url.dues),
  });
}

/**
 * Under the table, the fuel switch ECAs force (issue #32): the rule, then each route's two fuels;
 * or, where a route has km in ECAs and burns one fuel there, why (a scrubber, a fuel within the
 * limit). Nothing for routes with no km in ECAs.
 */
function fuelSwitchText(routes: readonly CostRoute[], costs: readonly EcaCost[]): Node[] {
  const split = routes.flatMap((route, i) => {
    const parts = fuelParts(costs[i]!, `${route.id}-fuel`);
    return parts ? [h('li', {}, swatch(route.id), route.label, parts)] : [];
  });
  if (split.length > 0)
    return [h('p', {}, switchRule()), h('ul', { class: 'fuel-routes' }, ...split)];
  const note = costs.map(oneFuelNote).find((text) => text !== null);
  return note ? [h('p', { 'data-testid': 'cost-fuel-one' }, note)] : [];
}

/** The figures section: a context line, the table, the difference and the speed warning. */
export function costFigures(
  corridor: CostRoute,
  comparison: CostRoute,
  variant: CostRoute,
): { element: HTMLElement; update(url: UrlState, showVariant: boolean): void } {
  const context = h('p', { class: 'cost-context', 'data-testid': 'cost-context' });
  const warning = h('p', {
    class: 'cost-warning',
    'data-testid': 'speed-warning',
    hidden: true,
  });
  const table = h('table', { class: 'routes-table cost-table', 'data-testid': 'cost-table' });
  const perUnitNote = h('p', { class: 'cost-note', 'data-testid': 'per-unit-note' });
  const difference = h('p', { class: 'cost-difference', 'data-testid': 'cost-difference' });
  const fuelSwitch = h('div', { class: 'cost-note', 'data-testid': 'cost-fuel-switch' });
  const element = h(
    'section',
    { class: 'cost-figures', 'aria-labelledby': 'cost-heading', 'data-testid': 'cost-figures' },
    h('h3', { id: 'cost-heading' }, t('cost.title')),
    context,
    warning,
    table,
    fuelSwitch,
    perUnitNote,
    difference,
  );

  const update = (url: UrlState, showVariant: boolean) => {
    const routes = showVariant ? [corridor, comparison, variant] : [corridor, comparison];
    const costs = routes.map((r) => ecaCostForState(r, url));
    const [a, b] = costs as [EcaCost, EcaCost];

    context.textContent = costContext(url, a);

    const note = speedNote(a, url);
    if (note) replaceChildren(warning, h('strong', {}, note[0]), note[1]);
    warning.hidden = note === null;

    const row = (head: string, testid: string, value: (c: VoyageCost) => string) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, head),
        ...routes.map((r, i) => h('td', { 'data-testid': `${r.id}-${testid}` }, value(costs[i]!))),
      );
    const unit = a.perUnit?.unit;
    const perUnit = (c: VoyageCost) => c.perUnit!;
    replaceChildren(
      table,
      h('caption', { class: 'visually-hidden' }, t('cost.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          ...routes.map((r) => h('th', { scope: 'col' }, swatch(r.id), r.label)),
        ),
      ),
      h(
        'tbody',
        {},
        row(t('cost.row.fuel'), 'fuel', (c) => fmt.number(c.fuelT)),
        row(t('cost.row.co2'), 'co2', (c) => fmt.number(c.co2T)),
        row(t('cost.row.cost'), 'cost', (c) => fmt.number(c.costUsd)),
        unit &&
          row(t('cost.row.fuelPer', { unit }), 'fuel-per-unit', (c) =>
            fmt.number(perUnit(c).fuelT, 3),
          ),
        unit &&
          row(t('cost.row.co2Per', { unit }), 'co2-per-unit', (c) =>
            fmt.number(perUnit(c).co2T, 3),
          ),
        unit &&
          row(t('cost.row.costPer', { unit }), 'cost-per-unit', (c) =>
            fmt.number(perUnit(c).costUsd),
          ),
      ),
    );
    replaceChildren(fuelSwitch, ...fuelSwitchText(routes, costs));
    perUnitNote.textContent = a.perUnit
      ? t('cost.perUnit', { unit: a.perUnit.unit, capacity: fmt.number(a.perUnit.capacity) })
      : t('cost.noPerUnit', { vessel: vesselName(url.vessel) });

    const change = (x: number, y: number) => fmt.pct(((x - y) / y) * 100);
    const span = (testid: string, text: string) => h('span', { 'data-testid': testid }, text);
    replaceChildren(
      difference,
      ...rich('cost.difference', {
        fuel: span(
          'difference-fuel',
          `${fmt.tonnes(a.fuelT - b.fuelT, { signed: true })} (${change(a.fuelT, b.fuelT)})`,
        ),
        co2: span(
          'difference-co2',
          `${fmt.tonnes(a.co2T - b.co2T, { signed: true })} (${change(a.co2T, b.co2T)})`,
        ),
        cost: span(
          'difference-cost',
          `${fmt.usd(a.costUsd - b.costUsd, { signed: true })} (${change(a.costUsd, b.costUsd)})`,
        ),
      }),
    );
  };
  return { element, update };
}
