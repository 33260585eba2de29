/**
 * "Voyage assumptions": the speed and allowance sliders and the cost model's controls (vessel,
 * fuel, scrubber, price, canal dues). The Routes panel and the planner each hold a set; both
 * show the one state and change it only through the actions, so they always agree.
 */
import './assumption-controls.css';
import { LIMITS, type UrlState } from '../../lib/url/state';
import type { AppContext } from '../../state/context';
import { costControls, type ControlNames } from './cost-controls';
import { h } from '../frame/dom';
import { fmt, t } from '../frame/i18n';

/** Where a set sits: its element ids start with it; its test ids too, except the Routes panel's. */
export type ControlsPlace = 'routes' | 'planner';

const namesFor = (place: ControlsPlace): ControlNames => ({
  id: (name) => `${place}-${name}`,
  testid: (name) => (place === 'routes' ? name : `${place}-${name}`),
});

/** A labelled range input with its value shown beside it. */
function slider(opts: {
  id: string;
  testid: string;
  label: string;
  min: number;
  max: number;
  format(value: number): string;
  onInput(value: number): void;
}): { element: HTMLElement; set(value: number): void } {
  const { id } = opts;
  // Half steps: arrow keys move by 0.5; the actions round to 0.1 anyway.
  const input = h('input', {
    type: 'range',
    id,
    min: opts.min,
    max: opts.max,
    step: 0.5,
    'data-testid': opts.testid,
  });
  const output = h('output', { for: id, class: 'control-value' });
  input.addEventListener('input', () => opts.onInput(input.valueAsNumber));
  const element = h(
    'div',
    { class: 'control' },
    h('label', { for: id }, opts.label),
    output,
    input,
    h(
      'span',
      { class: 'control-range', 'aria-hidden': 'true' },
      opts.format(opts.min),
      h('span', {}, opts.format(opts.max)),
    ),
  );
  const set = (value: number) => {
    // Leave the thumb alone while it already says the same (no jump while dragging).
    if (input.valueAsNumber !== value) input.value = String(value);
    output.value = opts.format(value);
    input.setAttribute('aria-valuetext', opts.format(value));
  };
  return { element, set };
}

/** The fieldset of voyage assumptions; `update` shows the state in it. */
export function assumptionControls(
  ctx: AppContext,
  place: ControlsPlace,
): { element: HTMLElement; update(url: UrlState): void } {
  const names = namesFor(place);
  const speed = slider({
    id: names.id('speed'),
    testid: names.testid('speed'),
    label: t('assume.speed'),
    min: LIMITS.speed.min,
    max: LIMITS.speed.max,
    format: fmt.knots,
    onInput: (v) => ctx.actions.setSpeed(v),
  });
  const allowance = slider({
    id: names.id('allowance'),
    testid: names.testid('allowance'),
    label: t('assume.allowance'),
    min: LIMITS.allowance.min,
    max: LIMITS.allowance.max,
    format: (days) => fmt.days(days),
    onInput: (v) => ctx.actions.setAllowance(v),
  });
  const costs = costControls(ctx, names);
  const element = h(
    'fieldset',
    { class: 'assumption-controls' },
    h('legend', {}, t('assume.title')),
    speed.element,
    allowance.element,
    ...costs.elements,
  );
  const update = (url: UrlState) => {
    speed.set(url.speed);
    allowance.set(url.allowance);
    costs.update(url);
  };
  return { element, update };
}
