import type { AppContext } from '../../state/context';
import { PRESET_LIST } from '../../content/presets';
import { h } from '../frame/dom';
import { disclosureMenu } from '../frame/menu';
import { shareMenu } from '../share';
import type { TourHandle } from '../tour';

/** The top bar's controls: the tour, the preset views, the globe switch and the Share menu. */
export function renderToolbar(root: HTMLElement, ctx: AppContext, tour: TourHandle): void {
  root.replaceChildren(tourButton(tour), presetMenu(ctx), globeToggle(ctx), shareMenu(ctx));
}

function tourButton(tour: TourHandle): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'toolbar-button toolbar-tour', 'data-testid': 'tour-button' },
    h('span', { class: 'wide-only' }, 'Take the '),
    'tour',
  );
  button.addEventListener('click', () => tour.open(button));
  return button;
}

/** Mercator or globe: a toggle kept in the URL (`proj=globe`). */
function globeToggle(ctx: AppContext): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'toolbar-button',
      'aria-pressed': 'false',
      'data-testid': 'globe-toggle',
      title: 'Show the Earth as a globe (the Arctic and Pacific routes read right)',
      hidden: ctx.map === null,
    },
    'Globe',
  );
  button.addEventListener('click', () =>
    ctx.actions.setProjection(ctx.store.state.url.projection === 'globe' ? 'mercator' : 'globe'),
  );
  const sync = () =>
    button.setAttribute('aria-pressed', String(ctx.store.state.url.projection === 'globe'));
  ctx.store.subscribe(sync);
  sync();
  return button;
}

/** A disclosure menu of the named views: one click flies there and updates the URL. */
function presetMenu(ctx: AppContext): HTMLElement {
  const menu = disclosureMenu({ id: 'preset-menu', label: 'Views', testid: 'preset-menu-button' });
  const items = PRESET_LIST.map((preset) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'menu-item',
          'data-testid': `preset-${preset.id}`,
          onclick: () => {
            menu.setOpen(false);
            menu.button.focus();
            ctx.actions.choosePreset(preset.id);
          },
        },
        h('span', { class: 'menu-title' }, preset.title),
        h('span', { class: 'menu-description' }, preset.description),
      ),
    ),
  );
  menu.list.append(...items);
  // Mark the current view, so the menu says where the reader is.
  const mark = () => {
    const view = ctx.store.state.url.view;
    for (const [i, preset] of PRESET_LIST.entries()) {
      items[i]!.querySelector('button')!.setAttribute('aria-current', String(preset.id === view));
    }
  };
  ctx.store.subscribe(mark);
  mark();
  return menu.element;
}
