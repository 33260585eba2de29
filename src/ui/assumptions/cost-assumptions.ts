/**
 * The cost model's "Assumptions" disclosure: the formulas, what the model leaves out, the chosen
 * profile's daily fuel, and every source, cited from the catalogues' Source objects (never typed
 * here) with what each one gives.
 */
import { COST_MODEL_SOURCES, FUELS, FUEL_IDS } from '../../content/fuels';
import { VESSELS, VESSEL_IDS, type Source } from '../../content/vessels';
import { formatKnots, formatNumber } from '../../lib/analysis/format';
import { vesselDailyFuel } from '../../lib/costs/model';
import type { UrlState } from '../../lib/url/state';
import { h } from '../frame/dom';

const FORMULAS = [
  'Sea days = nautical miles ÷ (knots × 24).',
  'Fuel at sea = sea days × main-engine t/day × (speed ÷ design speed)³ + sea days × auxiliary t/day at sea (auxiliary engines and boiler).',
  'Fuel in port and canals = allowance days × auxiliary t/day in port.',
  't/day of an engine group = kW × g/kWh × 24 ÷ 1,000,000; every engine burns the chosen fuel.',
  'CO₂ = fuel × the fuel’s carbon factor (t CO₂ per t fuel): carbon burned on board, without methane slip or upstream emissions.',
  'Cost = fuel × price per tonne + the canal dues you typed, once per canal the route passes through; no charter, port dues or carbon price.',
  'Per TEU = each figure ÷ the profile’s capacity, the ship taken to be full (no load factor is sourced).',
  'Calm water: no sea margin is added, and the part-load rise in fuel per kWh is shown beside the speed warning, not applied.',
];

/** A Source as a citation: title, publisher, year, table, page, and where it was read. */
function cite(source: Source): (Node | string)[] {
  const parts = [source.publisher, String(source.year), source.table, source.page].filter(
    (p): p is string => Boolean(p),
  );
  const read = source.readIn.startsWith('http')
    ? `Read at ${source.readIn}`
    : `Read ${source.readIn}`;
  return [
    h(
      'span',
      { class: 'cost-cite' },
      h('cite', {}, source.title),
      `, ${parts.join(', ')}. ${read}.`,
    ),
  ];
}

/** Every source behind the catalogues' numbers, once each, with what it gives. */
function numberSources(): { source: Source; gives: Set<string> }[] {
  const found = new Map<string, { source: Source; gives: Set<string> }>();
  const add = (what: string, source: Source) => {
    const key = [source.title, source.table, source.page].join('|');
    const entry = found.get(key) ?? { source, gives: new Set<string>() };
    entry.gives.add(what);
    found.set(key, entry);
  };
  for (const id of VESSEL_IDS) {
    const v = VESSELS[id];
    add('design speed', v.designSpeedKn.source);
    add('main-engine power', v.mainEngineKw.source);
    add('auxiliary-engine power', v.auxKw.sea.source);
    add('auxiliary-engine power', v.auxKw.port.source);
    add('boiler power', v.boilerKw.sea.source);
    add('boiler power', v.boilerKw.port.source);
    if (v.capacity) add('capacity', v.capacity.source);
  }
  for (const id of FUEL_IDS) {
    const f = FUELS[id];
    add('carbon factor', f.carbonFactor.source);
    add('carbon content', f.carbonContent.source);
    for (const s of [f.sfoc.main, f.sfoc.aux, f.sfoc.boiler]) add('fuel per kWh', s.source);
    add('published fuel prices', f.defaultPrice.source);
  }
  return [...found.values()];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The disclosure, and the step that fills in the chosen profile and fuel. */
export function costAssumptions(): { element: HTMLElement; update(url: UrlState): void } {
  const daily = h('li', { 'data-testid': 'cost-daily' });
  const capacityNote = h('li', {});
  const priceNote = h('li', {});
  const element = h(
    'details',
    { class: 'cost-assumptions', 'data-testid': 'cost-assumptions' },
    h('summary', {}, 'Assumptions and sources of the fuel, CO₂ and cost figures'),
    h(
      'ul',
      { class: 'assumptions' },
      ...FORMULAS.map((f) => h('li', {}, f)),
      daily,
      capacityNote,
      priceNote,
    ),
    h('h4', {}, 'Method'),
    h(
      'ul',
      { class: 'cost-sources' },
      ...Object.values(COST_MODEL_SOURCES).map((m) =>
        h('li', {}, `${m.statement} `, ...cite(m.source)),
      ),
    ),
    h('h4', {}, 'Numbers'),
    h(
      'ul',
      { class: 'cost-sources', 'data-testid': 'cost-sources' },
      ...numberSources().map(({ source, gives }) =>
        h('li', {}, h('strong', {}, `${capitalise([...gives].join(', '))}: `), ...cite(source)),
      ),
    ),
  );
  const update = (url: UrlState) => {
    const vessel = VESSELS[url.vessel];
    const fuel = FUELS[url.fuel];
    const t = vesselDailyFuel(vessel, fuel);
    const perDay = (value: number) => `${formatNumber(value, 1)} t/day`;
    daily.textContent =
      `${vessel.name} burning ${fuel.name}: main engine ${perDay(t.mainAtDesignSpeedT)} at its ` +
      `design speed of ${formatKnots(vessel.designSpeedKn.value)}; auxiliary engines and boiler ` +
      `${perDay(t.auxSeaT)} at sea and ${perDay(t.auxPortT)} in port.`;
    capacityNote.textContent = `Capacity: ${vessel.capacityNote}`;
    priceNote.textContent = `Published price: ${fuel.defaultPrice.note}`;
  };
  return { element, update };
}
