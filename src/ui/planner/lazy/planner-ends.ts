/**
 * The planner's two ends: a port type-ahead for each, "Pick on map" (a click on the sea sets a
 * point), and Swap. Changes go out through `onChange`; `sync` shows the state's ends.
 */
import type { Port } from '../../../lib/routing/ports';
import type { PlannerPatch } from '../../../lib/url/planner';
import type { Place, UrlState } from '../../../lib/url/state';
import { h } from '../../frame/dom';
import { PortCombobox } from './planner-combobox';
import type { End, PlannerMap } from './planner-map';

const END_NAMES: Record<End, string> = { from: 'origin', to: 'destination' };

export interface PlannerEnds {
  /** The two ends with their pick buttons, and Swap. */
  readonly element: HTMLElement;
  /** Says what to do while an end is being picked on the map. */
  readonly pickHint: HTMLElement;
  /** Shows the state's ends in the inputs. */
  sync(url: UrlState): void;
  /** Picking `end` on the map ended (chosen or cancelled): the button and the hint reset. */
  pickEnded(end: End): void;
}

export function plannerEnds(opts: {
  ports: readonly Port[];
  map: () => PlannerMap;
  label(place: Place): string;
  /** The current ends, for Swap. */
  current(): { from: Place | null; to: Place | null };
  onChange(patch: PlannerPatch): void;
}): PlannerEnds {
  const pickHint = h('p', {
    class: 'planner-pick-hint',
    role: 'status',
    'data-testid': 'planner-pick-hint',
    hidden: true,
  });
  const combo = (end: End, text: string, placeholder: string) =>
    new PortCombobox({
      id: end,
      label: text,
      placeholder,
      ports: opts.ports,
      onChoose: (port) => opts.onChange({ [end]: { kind: 'port', id: port.id } }),
    });
  const combos: Record<End, PortCombobox> = {
    from: combo('from', 'From', 'Port, e.g. Chennai or Madras'),
    to: combo('to', 'To', 'Port, e.g. Vladivostok'),
  };

  const pickButton = (end: End) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'planner-button planner-pick',
        'aria-pressed': 'false',
        'data-testid': `planner-pick-${end}`,
        hidden: !opts.map().available,
        onclick: () => {
          const map = opts.map();
          if (map.isPicking(end)) return map.stopPicking();
          map.startPicking(end);
          button.setAttribute('aria-pressed', 'true');
          pickHint.textContent = `Click the sea on the map to set the ${END_NAMES[end]}. Press Escape to cancel.`;
          pickHint.hidden = false;
        },
      },
      'Pick on map',
    );
    return button;
  };
  const pickButtons: Record<End, HTMLButtonElement> = {
    from: pickButton('from'),
    to: pickButton('to'),
  };
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'planner-button',
      'data-testid': 'planner-swap',
      onclick: () => {
        const { from, to } = opts.current();
        opts.onChange({ from: to, to: from });
      },
    },
    'Swap ⇅',
  );

  return {
    element: h(
      'div',
      { class: 'planner-ends' },
      h('div', { class: 'planner-end' }, combos.from.root, pickButtons.from),
      h('div', { class: 'planner-end' }, combos.to.root, pickButtons.to),
      swap,
    ),
    pickHint,
    sync: (url) => {
      combos.from.setValue(url.from ? opts.label(url.from) : '');
      combos.to.setValue(url.to ? opts.label(url.to) : '');
    },
    pickEnded: (end) => {
      pickHint.hidden = true;
      const button = pickButtons[end];
      button.setAttribute('aria-pressed', 'false');
      button.focus();
    },
  };
}
