/**
 * What each route in the comparison burns, emits and costs by the cost model
 * (src/lib/costs/model.ts), at the state's speed, allowance, vessel, fuel, price and dues, with
 * the speed warning in plain words and the corridor's difference from the comparison route.
 */
import { FUELS } from '../../content/fuels';
import type { RouteId } from '../../content/ids';
import { VESSELS } from '../../content/vessels';
import {
  formatDays,
  formatKnots,
  formatNumber,
  formatPct,
  formatTonnes,
  formatUsd,
} from '../../lib/analysis/format';
import { costForState } from '../../lib/costs/for-state';
import { SPEED_WARNING_BAND, type VoyageCost } from '../../lib/costs/model';
import type { UrlState } from '../../lib/url/state';
import { h, replaceChildren } from '../frame/dom';
import { swatch } from '../frame/swatch';

/** A route of the comparison as the figures need it. */
export interface CostRoute {
  id: RouteId;
  /** Column heading. */
  label: string;
  km: number;
  /** Passages it goes through (canal dues are charged per canal). */
  passages: readonly string[];
}

const pct = (value: number) => `${formatNumber(value * 100)}%`;

/** The speed warning (and the above-design-speed note) in plain words, or null. */
export function speedNote(cost: VoyageCost, url: UrlState): [string, string] | null {
  const design = formatKnots(VESSELS[url.vessel].designSpeedKn.value);
  const speed = formatKnots(url.speed);
  const band = pct(SPEED_WARNING_BAND);
  if (cost.speedWarning && !cost.aboveDesignSpeed) {
    const change = cost.partLoadSfcChange;
    return [
      'Speed warning: ',
      `${speed} is ${pct(cost.speedRatio)} of this profile’s design speed ` +
        `(${design}), more than ${band} below it, where the cube law behind these figures is ` +
        `least reliable. At such a low engine load the IMO part-load curve puts the main engine’s ` +
        `fuel per kWh ${pct(Math.abs(change))} ${change >= 0 ? 'higher' : 'lower'}; the figures ` +
        `leave that out.`,
    ];
  }
  if (cost.speedWarning)
    return [
      'Speed warning: ',
      `${speed} is ${pct(cost.speedRatio)} of this profile’s design speed ` +
        `(${design}), more than ${band} above it. The ship could not reach it on its installed ` +
        `power; the figures extend the cube law far past full power.`,
    ];
  if (cost.aboveDesignSpeed)
    return [
      'Above the design speed: ',
      `${speed} is more than this profile’s design speed (${design}), where its main engine ` +
        `reaches full power; the figures extend the cube law past the installed power.`,
    ];
  return null;
}

/** The line that says the figures are modelled, and at which choices. */
export function costContext(url: UrlState, cost: VoyageCost): string {
  const vessel = VESSELS[url.vessel];
  const fuel = FUELS[url.fuel];
  return (
    `Estimated by a model, not measured: one voyage (${vessel.name}; ${fuel.name}) at ` +
    `${formatKnots(url.speed)}, with ${formatDays(url.allowance)} ` +
    `in port and canals; fuel at ${formatUsd(cost.priceUsdPerTonne, { decimals: 2 })} per tonne` +
    `${url.price === null ? ' (published price)' : ''}, canal dues ${formatUsd(url.dues)} per canal transit.`
  );
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
  const element = h(
    'section',
    { class: 'cost-figures', 'aria-labelledby': 'cost-heading', 'data-testid': 'cost-figures' },
    h('h3', { id: 'cost-heading' }, 'Fuel, CO₂ and cost: modelled estimates'),
    context,
    warning,
    table,
    perUnitNote,
    difference,
  );

  const update = (url: UrlState, showVariant: boolean) => {
    const routes = showVariant ? [corridor, comparison, variant] : [corridor, comparison];
    const costs = routes.map((r) => costForState(r, url));
    const [a, b] = costs as [VoyageCost, VoyageCost];
    const vessel = VESSELS[url.vessel];

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
      h('caption', { class: 'visually-hidden' }, 'Modelled fuel, CO₂ and cost of one voyage'),
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
        row('Fuel burned (t)', 'fuel', (c) => formatNumber(c.fuelT)),
        row('CO₂ emitted (t)', 'co2', (c) => formatNumber(c.co2T)),
        row('Cost: fuel + dues (USD)', 'cost', (c) => formatNumber(c.costUsd)),
        unit &&
          row(`Fuel per ${unit} (t)`, 'fuel-per-unit', (c) => formatNumber(perUnit(c).fuelT, 3)),
        unit && row(`CO₂ per ${unit} (t)`, 'co2-per-unit', (c) => formatNumber(perUnit(c).co2T, 3)),
        unit &&
          row(`Cost per ${unit} (USD)`, 'cost-per-unit', (c) => formatNumber(perUnit(c).costUsd)),
      ),
    );
    perUnitNote.textContent = a.perUnit
      ? `Per ${a.perUnit.unit}: divided by a capacity of ${formatNumber(a.perUnit.capacity)} ${a.perUnit.unit}, the ship taken to be full.`
      : `No per-unit figures: no capacity published for this profile (${vessel.name}).`;

    const change = (x: number, y: number) => formatPct(((x - y) / y) * 100);
    replaceChildren(
      difference,
      'Corridor minus comparison route, modelled: fuel ',
      h(
        'span',
        { 'data-testid': 'difference-fuel' },
        `${formatTonnes(a.fuelT - b.fuelT, { signed: true })} (${change(a.fuelT, b.fuelT)})`,
      ),
      ', CO₂ ',
      h(
        'span',
        { 'data-testid': 'difference-co2' },
        `${formatTonnes(a.co2T - b.co2T, { signed: true })} (${change(a.co2T, b.co2T)})`,
      ),
      ', cost ',
      h(
        'span',
        { 'data-testid': 'difference-cost' },
        `${formatUsd(a.costUsd - b.costUsd, { signed: true })} (${change(a.costUsd, b.costUsd)})`,
      ),
      '.',
    );
  };
  return { element, update };
}
