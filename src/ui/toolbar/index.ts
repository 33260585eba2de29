import type { AppContext } from '../../state/context';
import { PRESET_LIST } from '../../content/presets';
import { LANGUAGE_NAMES, LANGUAGE_SHORT } from '../../content/i18n/untranslated';
import { LOCALES } from '../../lib/i18n/locales';
import { h } from '../frame/dom';
import { locale, rich, t, words } from '../frame/i18n';
import { disclosureMenu } from '../frame/menu';
import { shareMenu } from '../share';
import type { TourHandle } from '../tour';

/** The top bar's controls: the tour, the preset views, the globe switch, Share and Language. */
export function renderToolbar(root: HTMLElement, ctx: AppContext, tour: TourHandle): void {
  root.replaceChildren(
    tourButton(tour),
    presetMenu(ctx),
    globeToggle(ctx),
    shareMenu(ctx),
    languageMenu(ctx),
  );
}

function tourButton(tour: TourHandle): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'button toolbar-button toolbar-tour', 'data-testid': 'tour-button' },
    ...rich('toolbar.tour', { wide: (chunks) => h('span', { class: 'wide-only' }, ...chunks) }),
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
      class: 'button toolbar-button',
      'aria-pressed': 'false',
      'data-testid': 'globe-toggle',
      title: t('toolbar.globeTitle'),
      hidden: ctx.map === null,
    },
    t('toolbar.globe'),
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
  const menu = disclosureMenu({
    id: 'preset-menu',
    label: t('toolbar.views'),
    testid: 'preset-menu-button',
    signal: ctx.signal,
  });
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
        h('span', { class: 'menu-title' }, words.presets[preset.id].title),
        h('span', { class: 'menu-description' }, words.presets[preset.id].description),
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

/**
 * The language menu (issue #31): each language named in itself, so a reader finds their own
 * whatever the page's language. Choosing one puts it in the link (`lang=`) and renders the page
 * in it; focus comes back to this button.
 */
function languageMenu(ctx: AppContext): HTMLElement {
  const current = locale();
  const menu = disclosureMenu({
    id: 'language-menu',
    label: LANGUAGE_NAMES[current],
    ariaLabel: t('language.current', { language: LANGUAGE_NAMES[current] }),
    testid: 'language-menu-button',
    signal: ctx.signal,
  });
  // On a phone the button shows the language's short form (its name is its accessible name).
  menu.button.replaceChildren(
    h('span', { class: 'wide-only' }, LANGUAGE_NAMES[current]),
    h('span', { class: 'narrow-only', 'aria-hidden': 'true' }, LANGUAGE_SHORT[current]),
  );
  menu.button.setAttribute('lang', current);
  menu.list.append(
    ...LOCALES.map((id) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'menu-item',
            lang: id,
            'aria-current': String(id === current),
            'data-testid': `language-${id}`,
            onclick: () => {
              menu.setOpen(false);
              menu.button.focus();
              ctx.actions.setLanguage(id);
            },
          },
          h('span', { class: 'menu-title' }, LANGUAGE_NAMES[id]),
        ),
      ),
    ),
  );
  return menu.element;
}
