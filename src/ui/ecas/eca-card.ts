/**
 * The card of an Emission Control Area clicked on the map (issue #32): its name, sulphur limit,
 * in force since, and the text its boundary was read in. The map reports the click (AtlasMap's
 * handlers put it in the store); the card's body and the catalogue it reads
 * (src/content/eca-areas.ts) are fetched on the first click, so the opening view carries neither.
 */
import './eca-card.css';
import type { AppContext } from '../../state/context';
import { shownLayers } from '../../lib/url/navigation';
import { h, replaceChildren } from '../frame/dom';
import { mapCard } from '../frame/map-card';
import { t } from '../frame/i18n';

export function startEcaCard(ctx: AppContext): void {
  const map = ctx.map;
  // Without WebGL there is no map to click.
  if (!map) return;
  const stage = map.container().parentElement ?? document.body;
  const card = mapCard('eca', { hidden: true });
  stage.append(card);
  ctx.signal.addEventListener('abort', () => card.remove());

  const close = () => ctx.actions.selectEca(null);
  const closeButton = h(
    'button',
    {
      type: 'button',
      class: 'map-card-close',
      'aria-label': t('share.close'),
      'data-testid': 'eca-card-close',
      onclick: close,
    },
    '×',
  );
  let wanted: string | null = null;

  const render = async (id: string | null) => {
    wanted = id;
    if (id === null) {
      const hadFocus = card.contains(document.activeElement);
      card.hidden = true;
      if (hadFocus) map.focus();
      return;
    }
    const { ecaCardBody } = await import('./eca-card-body');
    // Another click (or a close) came while the body loaded.
    if (wanted !== id) return;
    const body = ecaCardBody(id);
    if (!body) return close();
    replaceChildren(
      card,
      h('div', { class: 'map-card-head' }, body[0], closeButton),
      ...body.slice(1),
    );
    card.hidden = false;
    card.focus({ preventScroll: true });
  };

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !card.hidden && card.contains(document.activeElement)) close();
    },
    { signal: ctx.signal },
  );
  ctx.store.subscribe((state, previous) => {
    if (state.selectedEca !== previous.selectedEca) void render(state.selectedEca);
    // The layer turned off: its card goes with it.
    else if (state.selectedEca && !shownLayers(state.url).includes('ecas')) close();
  });
}
