/**
 * The cost model's controls in "Voyage assumptions" (./assumption-controls.ts): vessel, fuel, a
 * scrubber, fuel price (with its published default, source and date) and canal dues. They show
 * the state and write to it only through the actions; a refused price or dues keeps the last good
 * value in use.
 */
import './costs.css';
import { FUELS, FUEL_IDS, isFuelId, type FuelId } from '../../content/fuels';
import { checkDues, priceInUse } from '../../lib/costs/for-state';
import {
  VESSELS,
  VESSEL_IDS,
  isVesselId,
  type VesselId,
  type VesselProfile,
} from '../../content/vessels';
import { checkPrice, type PriceCheck } from '../../lib/costs/model';
import { selectKey } from '../../lib/i18n/translator';
import { CANALS } from '../../lib/routing/passages';
import { LIMITS, type UrlState } from '../../lib/url/state';
import type { AppContext } from '../../state/context';
import { shortDate } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { fmt, rich, t } from '../frame/i18n';
import { passageName } from '../routes';

/** A vessel profile's name in the reader's language. */
export const vesselName = (id: VesselId): string => t('vessel.name', { vessel: selectKey(id) });

/** A fuel's name in the reader's language. */
export const fuelName = (id: FuelId): string => t('fuel.name', { fuel: id });

/** A refused price or dues, in the reader's language. */
const problemOf = (checked: PriceCheck): string | null =>
  checked.ok
    ? null
    : t('cost.problem', { code: selectKey(checked.code), max: fmt.usd(LIMITS.dues.max) });

/**
 * A labelled control with its error (hidden until there is one) and hint under it; `shown` is
 * what goes in the layout when the control sits in a row with a button.
 */
function field(
  id: string,
  label: string,
  control: HTMLElement,
  hint: HTMLElement | null,
  shown: HTMLElement = control,
) {
  const error = h('p', {
    id: `${id}-error`,
    class: 'cost-error',
    role: 'alert',
    'data-testid': `${control.dataset.testid}-error`,
    hidden: true,
  });
  const element = h(
    'div',
    { class: 'cost-control' },
    h('label', { for: id }, label),
    shown,
    error,
    hint,
  );
  const describe = (invalid: boolean) => {
    const ids = [hint?.id, invalid ? error.id : undefined].filter(Boolean).join(' ');
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  describe(false);
  /** Shows a problem (or clears it with null) on the field. */
  const setProblem = (problem: string | null) => {
    error.textContent = problem ?? '';
    error.hidden = problem === null;
    if (problem === null) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    describe(problem !== null);
  };
  return { element, setProblem };
}

/** "capacity 5,000 TEU", or that the profile has none. */
const capacityText = (v: VesselProfile) =>
  v.capacity
    ? t('vessel.capacity', { n: fmt.number(v.capacity.value), unit: v.capacity.unit })
    : t('vessel.noCapacity');

const vesselOption = (id: VesselId) => {
  const v = VESSELS[id];
  return h(
    'option',
    { value: id },
    t('vessel.option', {
      name: vesselName(id),
      speed: fmt.knots(v.designSpeedKn.value),
      capacity: capacityText(v),
    }),
  );
};

const fuelOption = (id: FuelId) => {
  const f = FUELS[id];
  return h(
    'option',
    { value: id },
    t('fuel.option', { name: fuelName(id), factor: fmt.number(f.carbonFactor.value, 3) }),
  );
};

/** The default price of a fuel as the input shows it: the catalogue's number, unformatted. */
const priceText = (url: UrlState) => String(priceInUse(url));

/** Element ids and test ids of a set of controls (assumption-controls.ts makes them). */
export interface ControlNames {
  id(name: string): string;
  testid(name: string): string;
}

/**
 * The controls (one element each: vessel, fuel, scrubber, price, dues) and the step that shows
 * the state in them. `names` gives each control's element id and test id, so the Routes panel and
 * the planner can both hold a set.
 */
export function costControls(
  ctx: AppContext,
  names: ControlNames,
): {
  elements: HTMLElement[];
  update(url: UrlState): void;
} {
  const { id, testid } = names;
  const vessel = h(
    'select',
    { id: id('vessel'), class: 'cost-input', 'data-testid': testid('vessel') },
    ...VESSEL_IDS.map(vesselOption),
  );
  vessel.addEventListener('change', () => {
    if (isVesselId(vessel.value)) ctx.actions.setVessel(vessel.value);
  });
  const vesselHint = h('p', {
    id: id('vessel-hint'),
    class: 'cost-hint',
    'data-testid': testid('vessel-hint'),
  });

  const fuel = h(
    'select',
    { id: id('fuel'), class: 'cost-input', 'data-testid': testid('fuel') },
    ...FUEL_IDS.map(fuelOption),
  );
  fuel.addEventListener('change', () => {
    if (isFuelId(fuel.value)) ctx.actions.setFuel(fuel.value);
  });

  const price = h('input', {
    id: id('price'),
    class: 'cost-input',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': testid('price'),
  });
  const priceHint = h('p', {
    id: id('price-hint'),
    class: 'cost-hint',
    'data-testid': testid('price-hint'),
  });
  const reset = h(
    'button',
    { type: 'button', class: 'cost-reset', 'data-testid': testid('price-reset') },
    t('cost.reset'),
  );

  const dues = h('input', {
    id: id('dues'),
    class: 'cost-input',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': testid('dues'),
  });
  const duesHint = h(
    'p',
    { id: id('dues-hint'), class: 'cost-hint' },
    t('cost.duesHint', { canals: CANALS.map(passageName).join(', ') }),
  );

  // A scrubber fitted (`scrub=1`): the chosen fuel is burned inside ECAs too (issue #32).
  const scrubber = h('input', {
    type: 'checkbox',
    id: id('scrubber'),
    'data-testid': testid('scrubber'),
  });
  scrubber.addEventListener('change', () => ctx.actions.setScrubber(scrubber.checked));
  const scrubberField = h(
    'p',
    { class: 'cost-scrubber' },
    scrubber,
    ' ',
    h('label', { for: scrubber.id }, t('cost.scrubber')),
  );

  const vesselField = field(vessel.id, t('cost.vessel'), vessel, vesselHint);
  const fuelField = field(fuel.id, t('cost.fuel'), fuel, null);
  const priceField = field(
    price.id,
    t('cost.price'),
    price,
    priceHint,
    h('div', { class: 'cost-row' }, price, reset),
  );
  const duesField = field(dues.id, t('cost.dues'), dues, duesHint);

  // Typed values are checked when committed (Enter or leaving the field), not per keystroke,
  // so "9999" on the way to a refused "99999" never becomes the price in use.
  price.addEventListener('change', () => {
    const checked = checkPrice(price.value);
    priceField.setProblem(problemOf(checked));
    if (!checked.ok) return;
    ctx.actions.setPrice(checked.value);
    // The state keeps cents, and the published price as "default": show what is in use.
    price.value = priceText(ctx.store.state.url);
  });
  reset.addEventListener('click', () => {
    priceField.setProblem(null);
    ctx.actions.setPrice(null);
    // The state may already hold the default while the field shows refused text.
    price.value = priceText(ctx.store.state.url);
  });
  dues.addEventListener('change', () => {
    const checked = checkDues(dues.value);
    duesField.setProblem(problemOf(checked));
    if (!checked.ok) return;
    ctx.actions.setDues(checked.value);
    // The action rounds to whole dollars; show what is in use.
    dues.value = String(ctx.store.state.url.dues);
  });

  let last: UrlState | null = null;
  const update = (url: UrlState) => {
    vessel.value = url.vessel;
    const profile = VESSELS[url.vessel];
    vesselHint.textContent = t('vessel.hint', {
      speed: fmt.knots(profile.designSpeedKn.value),
      capacity: capacityText(profile),
    });
    fuel.value = url.fuel;
    scrubber.checked = url.scrubber;
    // Rewrite a typed field only when its value in the state changed (a link, Back, another
    // fuel), so a refused entry stays on screen beside its message.
    if (last?.price !== url.price || last.fuel !== url.fuel) {
      price.value = priceText(url);
      priceField.setProblem(null);
    }
    if (last?.dues !== url.dues) {
      dues.value = String(url.dues);
      duesField.setProblem(null);
    }
    const published = FUELS[url.fuel].defaultPrice;
    replaceChildren(
      priceHint,
      ...rich('cost.priceHint', {
        fuel: fuelName(url.fuel),
        price: fmt.usd(published.value, { decimals: 2 }),
        index: published.index,
        date: shortDate(published.date),
        publisher: published.source.publisher,
        inUse: String(url.price === null),
      }),
    );
    last = url;
  };
  return {
    elements: [
      vesselField.element,
      fuelField.element,
      scrubberField,
      priceField.element,
      duesField.element,
    ],
    update,
  };
}
