/**
 * The cost model's "Assumptions" disclosure: the formulas, what the model leaves out, the chosen
 * profile's daily fuel, and every source, cited from the catalogues' Source objects (never typed
 * here) with what each one gives. A citation stays as its source writes it, in English.
 */
import { COST_MODEL_SOURCES, FUELS, FUEL_IDS } from '../../content/fuels';
import { VESSELS, VESSEL_IDS, type Source } from '../../content/vessels';
import { vesselDailyFuel } from '../../lib/costs/model';
import type { UrlState } from '../../lib/url/state';
import { h } from '../frame/dom';
import { fmt, t } from '../frame/i18n';
import { fuelName, vesselName } from './cost-controls';

const FORMULAS = [
  'cost.formula.sea',
  'cost.formula.fuelSea',
  'cost.formula.fuelPort',
  'cost.formula.perDay',
  'cost.formula.co2',
  'cost.formula.cost',
  'cost.formula.perTeu',
  'cost.formula.calm',
] as const;

/** What each number a source gives is, by key of the `cost.gives` message. */
type Gives =
  | 'design_speed'
  | 'main_power'
  | 'aux_power'
  | 'boiler_power'
  | 'capacity'
  | 'carbon_factor'
  | 'carbon_content'
  | 'sfc'
  | 'prices';

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
      { class: 'cost-cite', lang: 'en' },
      h('cite', {}, source.title),
      `, ${parts.join(', ')}. ${read}.`,
    ),
  ];
}

/** Every source behind the catalogues' numbers, once each, with what it gives. */
function numberSources(): { source: Source; gives: Set<Gives> }[] {
  const found = new Map<string, { source: Source; gives: Set<Gives> }>();
  const add = (what: Gives, source: Source) => {
    const key = [source.title, source.table, source.page].join('|');
    const entry = found.get(key) ?? { source, gives: new Set<Gives>() };
    entry.gives.add(what);
    found.set(key, entry);
  };
  for (const id of VESSEL_IDS) {
    const v = VESSELS[id];
    add('design_speed', v.designSpeedKn.source);
    add('main_power', v.mainEngineKw.source);
    add('aux_power', v.auxKw.sea.source);
    add('aux_power', v.auxKw.port.source);
    add('boiler_power', v.boilerKw.sea.source);
    add('boiler_power', v.boilerKw.port.source);
    if (v.capacity) add('capacity', v.capacity.source);
  }
  for (const id of FUEL_IDS) {
    const f = FUELS[id];
    add('carbon_factor', f.carbonFactor.source);
    add('carbon_content', f.carbonContent.source);
    for (const s of [f.sfoc.main, f.sfoc.aux, f.sfoc.boiler]) add('sfc', s.source);
    add('prices', f.defaultPrice.source);
  }
  return [...found.values()];
}

/** "design speed, main-engine power" in the reader's language. */
const givesList = (gives: Set<Gives>) =>
  [...gives].map((what) => t('cost.give', { what })).join(', ');

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(fmt.tag) + text.slice(1);

/** The disclosure, and the step that fills in the chosen profile and fuel. */
export function costAssumptions(): { element: HTMLElement; update(url: UrlState): void } {
  const daily = h('li', { 'data-testid': 'cost-daily' });
  const capacityNote = h('li', {});
  const priceNote = h('li', {});
  const element = h(
    'details',
    { class: 'cost-assumptions', 'data-testid': 'cost-assumptions' },
    h('summary', {}, t('cost.assumptions')),
    h(
      'ul',
      { class: 'assumptions' },
      ...FORMULAS.map((key) => h('li', {}, t(key))),
      daily,
      capacityNote,
      priceNote,
    ),
    h('h4', {}, t('cost.method')),
    h(
      'ul',
      { class: 'cost-sources' },
      ...Object.keys(COST_MODEL_SOURCES).map((key) =>
        h(
          'li',
          {},
          `${t('cost.statement', { key })} `,
          ...cite(COST_MODEL_SOURCES[key as keyof typeof COST_MODEL_SOURCES].source),
        ),
      ),
    ),
    h('h4', {}, t('cost.numbers')),
    h(
      'ul',
      { class: 'cost-sources', 'data-testid': 'cost-sources' },
      ...numberSources().map(({ source, gives }) =>
        h(
          'li',
          {},
          h('strong', {}, t('cost.gives', { list: capitalise(givesList(gives)) })),
          ...cite(source),
        ),
      ),
    ),
  );
  const update = (url: UrlState) => {
    const vessel = VESSELS[url.vessel];
    const t24 = vesselDailyFuel(vessel, FUELS[url.fuel]);
    const perDay = (value: number) => t('cost.perDay', { t: fmt.number(value, 1) });
    daily.textContent = t('cost.daily', {
      vessel: vesselName(url.vessel),
      fuel: fuelName(url.fuel),
      main: perDay(t24.mainAtDesignSpeedT),
      speed: fmt.knots(vessel.designSpeedKn.value),
      sea: perDay(t24.auxSeaT),
      port: perDay(t24.auxPortT),
    });
    capacityNote.textContent = t('cost.capacityNote', { teu: String(vessel.capacity !== null) });
    priceNote.textContent = t('cost.priceNote', { fuel: url.fuel });
  };
  return { element, update };
}
