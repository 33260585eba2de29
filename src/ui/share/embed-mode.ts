/**
 * Embed mode (`embed=1`): the map alone for an iframe. No toolbar and no panel; a link back to
 * the full atlas at the same state (a new tab), a compact legend of what is shown, the attribution
 * always in view, and the open claim as a compact card the reader can close.
 */
import { CLAIMS } from '../../content/claims';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import { articleCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { legendItems } from './legend-items';
import { legendOf } from './export-words';
import { quoteNote, storyWords, t, words } from '../frame/i18n';
import { stateLink } from './links';

/** Starts embed mode if the state asks for it (the mode is fixed for the page's life). */
export function startEmbedMode(ctx: AppContext, stage: HTMLElement): void {
  if (!ctx.store.state.url.embed) return;
  document.body.classList.add('is-embed');
  const link = h(
    'a',
    {
      class: 'embed-link',
      target: '_blank',
      rel: 'noopener',
      'data-testid': 'embed-link',
    },
    'Corridor Atlas ↗',
  );
  const legend = h('ul', {
    class: 'embed-legend',
    'data-testid': 'embed-legend',
    'aria-label': t('embed.legend'),
  });
  const card = h('section', {
    class: 'embed-card',
    'aria-labelledby': 'embed-card-title',
    'data-testid': 'embed-card',
    hidden: true,
  });
  const chrome = h('div', { class: 'embed-chrome' }, link, legend);
  stage.append(chrome, card);
  ctx.signal.addEventListener('abort', () => {
    chrome.remove();
    card.remove();
  });
  // Cards sit above the sources, whose height depends on the page's width.
  const corner = ctx.map?.container().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  if (corner) {
    const follow = () => stage.style.setProperty('--attribution-h', `${corner.offsetHeight}px`);
    new ResizeObserver(follow).observe(corner);
    follow();
  }

  const render = (state: AppState) => {
    link.setAttribute('href', stateLink(state.url));
    replaceChildren(legend, ...legendItems(legendOf(ctx.mapData(state))));
    const id = state.url.claim;
    card.hidden = id === null;
    if (id === null) return;
    const claim = { ...words.claims[id], ...storyWords().claims[id] };
    replaceChildren(
      card,
      h('h2', { id: 'embed-card-title' }, claim.title),
      h(
        'button',
        {
          type: 'button',
          class: 'round-close',
          'aria-label': t('embed.closeClaim'),
          'data-testid': 'embed-card-close',
          onclick: () => ctx.actions.chooseClaim(null),
        },
        '×',
      ),
      h('p', {}, claim.summary),
      h('blockquote', { lang: 'en' }, h('p', {}, CLAIMS[id].quote)),
      h('p', { class: 'print-cite' }, '— ', ...articleCitation()),
      quoteNote(),
    );
  };
  ctx.store.subscribe(render);
  render(ctx.store.state);
}
