/**
 * The fuel switch Emission Control Areas force, in words (issue #32; lib/costs/eca-switch.ts):
 * the rule, then each fuel's part of a voyage (its tonnes, price, carbon factor, CO₂ and cost),
 * or why a voyage through ECAs burns one fuel. The Routes panel's cost figures and the planner's
 * result both show it, with their own test ids.
 */
import { FUELS } from '../../content/fuels';
import type { EcaCost, FuelPart } from '../../lib/costs/eca-switch';
import { h } from '../frame/dom';
import { fmt, t } from '../frame/i18n';

function partLine(part: FuelPart, where: 'outside' | 'inside', testid: string): HTMLElement {
  // The catalogue's price is cited with its index and date; a price the reader typed is theirs.
  const published = FUELS[part.fuel].defaultPrice;
  const cited = published.value === part.priceUsdPerTonne;
  return h(
    'li',
    { 'data-testid': testid },
    t('cost.fuelPart', {
      where,
      fuel: t('fuel.name', { fuel: part.fuel }),
      tonnes: fmt.tonnes(part.fuelT),
      price: fmt.usd(part.priceUsdPerTonne, { decimals: 2 }),
      factor: fmt.number(FUELS[part.fuel].carbonFactor.value, 3),
      co2: fmt.tonnes(part.co2T),
      cost: fmt.usd(part.costUsd),
      cited: cited ? 'yes' : 'no',
      index: published.index,
      date: fmt.date(published.date, 'long'),
    }),
  );
}

/**
 * The two parts of a voyage that switches to gas oil inside ECAs (test ids `prefix`-split,
 * -outside, -inside), or null when it does not switch.
 */
export function fuelParts(cost: EcaCost, prefix: string): HTMLElement | null {
  if (!cost.split) return null;
  return h(
    'ul',
    { class: 'fuel-split', 'data-testid': `${prefix}-split` },
    partLine(cost.split.chosen, 'outside', `${prefix}-outside`),
    partLine(cost.split.gasOil, 'inside', `${prefix}-inside`),
  );
}

/** The rule that forces the switch, said before the parts. */
export const switchRule = (): string => t('cost.ecaSwitch');

/**
 * Why a voyage with km in ECAs burns one fuel there (a scrubber, or a fuel within the limit), or
 * null when it switches or has no km in ECAs.
 */
export function oneFuelNote(cost: EcaCost): string | null {
  if (cost.split || !(cost.ecaNm > 0)) return null;
  return t('cost.oneFuel', { scrubber: cost.scrubber ? 'yes' : 'no' });
}
