/**
 * The planner's two ends: a port type-ahead for each, "Pick on map" (a click on the sea sets a
 * point), "Port details" (the port's card: the keyboard's way to it) and Swap. Changes go out
 * through `onChange`; `sync` shows the state's ends.
 */
import type { Port } from '../../../lib/routing/ports';
import type { PlannerPatch } from '../../../lib/url/planner';
import type { Place, UrlState } from '../../../lib/url/state';
import { h } from '../../frame/dom';
import { placeName } from '../../frame/i18n';
import { preparePortSearch } from '../../../lib/planner/port-search';
import { pt } from './words';
import { PortCombobox } from './planner-combobox';
import type { End, PlannerMap } from './planner-map';

export interface PlannerEnds {
  /** The two ends with their pick buttons, and Swap. */
  readonly element: HTMLElement;
  /** Says what to do while an end is being picked on the map. */
  readonly pickHint: HTMLElement;
  /** Shows the state's ends in the inputs. */
  sync(url: UrlState): void;
  /** Picking `end` on the map ended (chosen or cancelled): the button and the hint reset. */
  pickEnded(end: End): void;
  /** Searches another catalogue from now on (the World Port Index arriving after a failure). */
  setPorts(ports: readonly Port[]): void;
}

const searchLists = new WeakMap<readonly Port[], readonly Port[]>();

/**
 * Ports under their names in the reader's language, found by their English names too; the search
 * index is built here, when the catalogue arrives, not on the first keystroke. One list per
 * catalogue, shared by the ends and the stops.
 */
export function searchable(ports: readonly Port[]): readonly Port[] {
  const known = searchLists.get(ports);
  if (known) return known;
  const out = ports.map((port) => {
    const name = placeName('ports', port.id, port.name);
    return name === port.name ? port : { ...port, name, aliases: [port.name, ...port.aliases] };
  });
  // Off the route's way: the first route is computed and drawn meanwhile (a keystroke before
  // this builds the same index itself).
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  later(() => preparePortSearch(out));
  searchLists.set(ports, out);
  return out;
}

export function plannerEnds(opts: {
  ports: readonly Port[];
  map: () => PlannerMap;
  label(place: Place): string;
  /** The current ends, for Swap. */
  current(): { from: Place | null; to: Place | null };
  onChange(patch: PlannerPatch): void;
  /** Opens port `id`'s card from `button` (absent: no map to show it over, no button). */
  details?: (id: string, button: HTMLElement) => void;
}): PlannerEnds {
  const pickHint = h('p', {
    class: 'planner-pick-hint',
    role: 'status',
    'data-testid': 'planner-pick-hint',
    hidden: true,
  });
  const ports = searchable(opts.ports);
  const combo = (end: End, text: string, placeholder: string) =>
    new PortCombobox({
      id: end,
      label: text,
      placeholder,
      ports,
      onChoose: (port) => opts.onChange({ [end]: { kind: 'port', id: port.id } }),
    });
  const combos: Record<End, PortCombobox> = {
    from: combo('from', pt('ends.from'), pt('ends.fromPlaceholder')),
    to: combo('to', pt('ends.to'), pt('ends.toPlaceholder')),
  };

  const pickButton = (end: End) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button planner-button planner-pick',
        'aria-pressed': 'false',
        'data-testid': `planner-pick-${end}`,
        hidden: !opts.map().available,
        onclick: () => {
          const map = opts.map();
          if (map.isPicking(end)) return map.stopPicking();
          map.startPicking(end);
          button.setAttribute('aria-pressed', 'true');
          pickHint.textContent = pt('ends.pickHint', { end });
          pickHint.hidden = false;
        },
      },
      pt('ends.pick'),
    );
    return button;
  };
  const pickButtons: Record<End, HTMLButtonElement> = {
    from: pickButton('from'),
    to: pickButton('to'),
  };
  // Shown while the end is a port; its card opens over the map.
  const detailsButton = (end: End) => {
    const button: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'button planner-button planner-details',
        'data-testid': `planner-details-${end}`,
        hidden: true,
        onclick: () => {
          const place = opts.current()[end];
          if (place?.kind === 'port') opts.details?.(place.id, button);
        },
      },
      pt('ends.details'),
    );
    return button;
  };
  const detailsButtons: Record<End, HTMLButtonElement> = {
    from: detailsButton('from'),
    to: detailsButton('to'),
  };
  const showDetails = (end: End, place: Place | null) => {
    const button = detailsButtons[end];
    button.hidden = !opts.details || place?.kind !== 'port';
    if (!button.hidden)
      button.setAttribute('aria-label', pt('ends.detailsOf', { port: opts.label(place!) }));
  };

  const swap = h(
    'button',
    {
      type: 'button',
      class: 'button planner-button',
      'data-testid': 'planner-swap',
      onclick: () => {
        const { from, to } = opts.current();
        opts.onChange({ from: to, to: from });
      },
    },
    pt('ends.swap'),
  );

  return {
    element: h(
      'div',
      { class: 'planner-ends' },
      h('div', { class: 'planner-end' }, combos.from.root, pickButtons.from, detailsButtons.from),
      h('div', { class: 'planner-end' }, combos.to.root, pickButtons.to, detailsButtons.to),
      swap,
    ),
    pickHint,
    sync: (url) => {
      combos.from.setValue(url.from ? opts.label(url.from) : '');
      combos.to.setValue(url.to ? opts.label(url.to) : '');
      showDetails('from', url.from);
      showDetails('to', url.to);
    },
    pickEnded: (end) => {
      pickHint.hidden = true;
      const button = pickButtons[end];
      button.setAttribute('aria-pressed', 'false');
      button.focus();
    },
    setPorts: (next) => {
      const list = searchable(next);
      combos.from.setPorts(list);
      combos.to.setPorts(list);
    },
  };
}
