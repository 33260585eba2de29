/**
 * The planner's stops (issue #30): ports called at on the way, in order (`via=` in the link). A
 * port type-ahead adds one at the end; each stop has buttons to move it up or down and to remove
 * it, usable from the keyboard, and every change is announced. At most MAX_VIA stops.
 */
import type { Port } from '../../../lib/routing/ports';
import { MAX_VIA } from '../../../lib/url/state';
import { movedStops, type StopAction } from '../../../lib/planner/voyage-input';
import { h, replaceChildren } from '../../frame/dom';
import { PortCombobox } from './planner-combobox';
import { searchable } from './planner-ends';
import { pt } from './words';

export interface PlannerStops {
  readonly element: HTMLElement;
  /** Shows the state's stops. */
  sync(via: readonly string[]): void;
  /** Searches another catalogue (the World Port Index once it has come). */
  setPorts(ports: readonly Port[]): void;
}

export function plannerStops(opts: {
  ports: readonly Port[];
  /** A stop's name in the reader's language. */
  name(id: string): string;
  current(): readonly string[];
  onChange(via: string[]): void;
}): PlannerStops {
  const announce = h('p', {
    class: 'visually-hidden',
    role: 'status',
    'data-testid': 'planner-stops-announce',
  });
  const list = h('ol', { class: 'planner-stops', 'data-testid': 'planner-stops' });
  const full = h('p', { class: 'planner-hint', hidden: true }, pt('stops.full', { max: MAX_VIA }));
  /** The button to focus once the list is drawn again after a move (the focus follows the stop). */
  let focusAfter: { index: number; action: StopAction } | null = null;

  const change = (via: string[], message: string, focus: typeof focusAfter) => {
    focusAfter = focus;
    opts.onChange(via);
    announce.textContent = message;
  };

  const combo = new PortCombobox({
    id: 'via',
    label: pt('stops.add'),
    placeholder: pt('stops.placeholder'),
    ports: searchable(opts.ports),
    onChoose: (port) => {
      const via = [...opts.current(), port.id];
      if (via.length > MAX_VIA) return;
      combo.setValue('');
      combo.input.value = '';
      change(
        via,
        pt('stops.added', { name: opts.name(port.id), n: via.length, count: via.length }),
        null,
      );
    },
  });

  const act = (index: number, action: StopAction) => {
    const via = opts.current();
    const id = via[index];
    if (id === undefined) return;
    const next = movedStops(via, index, action);
    const name = opts.name(id);
    if (action === 'remove') {
      // The focus goes to the stop that took its place, else the previous one, else the input.
      const target = Math.min(index, next.length - 1);
      change(
        next,
        pt('stops.removed', { name, count: next.length }),
        target >= 0 ? { index: target, action: 'remove' } : null,
      );
      if (target < 0) combo.input.focus();
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    change(next, pt('stops.moved', { name, n: to + 1, count: next.length }), {
      index: to,
      // A stop moved to an end loses that button: focus the other one.
      action: to === 0 && action === 'up' ? 'down' : to === next.length - 1 ? 'up' : action,
    });
  };

  const button = (index: number, action: StopAction, name: string, disabled: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button planner-button planner-stop-button',
        'aria-label': pt('stops.action', { action, name }),
        title: pt('stops.action', { action, name }),
        'data-testid': `planner-stop-${action}-${index}`,
        'data-action': action,
        disabled,
        onclick: () => act(index, action),
      },
      action === 'up' ? '↑' : action === 'down' ? '↓' : '×',
    );

  const sync = (via: readonly string[]) => {
    const items = via.map((id, i) => {
      const name = opts.name(id);
      return h(
        'li',
        { class: 'planner-stop', 'data-testid': `planner-stop-${i}` },
        h('span', { class: 'planner-stop-name' }, name),
        button(i, 'up', name, i === 0),
        button(i, 'down', name, i === via.length - 1),
        button(i, 'remove', name, false),
      );
    });
    replaceChildren(list, ...items);
    list.hidden = via.length === 0;
    const isFull = via.length >= MAX_VIA;
    combo.input.disabled = isFull;
    full.hidden = !isFull;
    if (focusAfter) {
      const { index, action } = focusAfter;
      focusAfter = null;
      list
        .querySelector<HTMLButtonElement>(
          `[data-testid="planner-stop-${action}-${index}"]:not(:disabled)`,
        )
        ?.focus();
    }
  };

  return {
    element: h(
      'section',
      { class: 'planner-stops-section', 'aria-label': pt('stops.title') },
      list,
      combo.root,
      full,
      h('p', { class: 'planner-hint' }, pt('stops.hint')),
      announce,
    ),
    sync,
    setPorts: (ports) => combo.setPorts(searchable(ports)),
  };
}
