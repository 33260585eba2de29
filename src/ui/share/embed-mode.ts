/**
 * Embed mode (`embed=1`): the map alone for an iframe. No toolbar and no panel; a link back to
 * the full atlas at the same state (a new tab), a compact legend of what is shown, the sources on
 * one line under the map, and the open claim as a compact card the reader can close.
 */
import { CLAIMS } from '../../content/claims';
import type { DataSource } from '../../content/sources';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import { articleCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { legendItems } from './legend-items';
import { legendOf } from './export-words';
import { quoteNote, storyWords, t, words } from '../frame/i18n';
import { stateLink } from './links';

/**
 * An embed's sources, one line under the map (Datawrapper's convention) in place of the map's
 * attribution control, which took two lines of an 800 × 450 map over its sea (issue #26).
 * `sources`: each source's link in the reader's language (content/sources.ts `attributionsFor`).
 * Call before the map is made, so that it is sized once, to what
 * the line leaves; called again (another language), it rewrites the line.
 */
export function showEmbedSources(
  stage: HTMLElement,
  sources: readonly Pick<DataSource, 'url' | 'attribution'>[],
): void {
  document.body.classList.add('is-embed');
  let line = stage.querySelector<HTMLElement>('.embed-sources');
  if (!line) {
    line = h('p', { class: 'embed-sources', 'data-testid': 'embed-sources' });
    stage.append(line);
  }
  // Out of the iframe (a new tab): the sources' pages need not allow framing.
  const links = sources.map((s) =>
    h('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.attribution),
  );
  replaceChildren(line, ...links.flatMap((link, i) => (i === 0 ? [link] : [' · ', link])));
}

/** Starts embed mode if the state asks for it (the mode is fixed for the page's life). */
export function startEmbedMode(ctx: AppContext, stage: HTMLElement): void {
  if (!ctx.store.state.url.embed) return;
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
  // Cards sit above the scale bars and the sources, whose height depends on the page's width.
  const corner = ctx.map?.container().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  const sources = stage.querySelector<HTMLElement>('.embed-sources');
  const foot = [corner, sources].filter((el): el is HTMLElement => el !== null && el !== undefined);
  const follow = () =>
    stage.style.setProperty('--foot-h', `${foot.reduce((h, el) => h + el.offsetHeight, 0)}px`);
  const watch = new ResizeObserver(follow);
  for (const el of foot) watch.observe(el);
  follow();
  // Built again in another language (app.ts buildUi): this build's parts go.
  ctx.signal.addEventListener('abort', () => {
    chrome.remove();
    card.remove();
    watch.disconnect();
  });

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
