/**
 * Embed mode (`embed=1`): the map alone for an iframe. No toolbar and no panel; a link back to
 * the full atlas at the same state (a new tab), a compact legend of what is shown, the sources on
 * one line under the map, and the open claim as a compact card the reader can close.
 */
import { CLAIMS } from '../../content/claims';
import type { DataSource } from '../../content/sources';
import { legendEntries } from '../../lib/export/legend';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import { articleCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { legendItems } from './legend-items';
import { stateLink } from './links';

/**
 * An embed's sources, one line under the map (Datawrapper's convention) in place of the map's
 * attribution control, which took two lines of an 800 × 450 map over its sea (issue #26). Call
 * before the map is made, so that it is sized once, to what the line leaves.
 */
export function showEmbedSources(stage: HTMLElement, sources: readonly DataSource[]): void {
  document.body.classList.add('is-embed');
  const links = sources.map((s) =>
    h('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.attribution),
  );
  stage.append(
    h(
      'p',
      { class: 'embed-sources', 'data-testid': 'embed-sources' },
      ...links.flatMap((link, i) => (i === 0 ? [link] : [' · ', link])),
    ),
  );
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
    'aria-label': 'Legend',
  });
  const card = h('section', {
    class: 'embed-card',
    'aria-labelledby': 'embed-card-title',
    'data-testid': 'embed-card',
    hidden: true,
  });
  stage.append(h('div', { class: 'embed-chrome' }, link, legend), card);
  // Cards sit above the scale bars and the sources, whose height depends on the page's width.
  const corner = ctx.map?.container().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  const sources = stage.querySelector<HTMLElement>('.embed-sources');
  const foot = [corner, sources].filter((el): el is HTMLElement => el !== null && el !== undefined);
  const follow = () =>
    stage.style.setProperty('--foot-h', `${foot.reduce((h, el) => h + el.offsetHeight, 0)}px`);
  const watch = new ResizeObserver(follow);
  for (const el of foot) watch.observe(el);
  follow();

  const render = (state: AppState) => {
    link.setAttribute('href', stateLink(state.url));
    replaceChildren(legend, ...legendItems(legendEntries(ctx.mapData(state))));
    const claim = state.url.claim ? CLAIMS[state.url.claim] : null;
    card.hidden = claim === null;
    if (!claim) return;
    replaceChildren(
      card,
      h('h2', { id: 'embed-card-title' }, claim.title),
      h(
        'button',
        {
          type: 'button',
          class: 'round-close',
          'aria-label': 'Close the claim',
          'data-testid': 'embed-card-close',
          onclick: () => ctx.actions.chooseClaim(null),
        },
        '×',
      ),
      h('p', {}, claim.summary),
      h('blockquote', {}, h('p', {}, claim.quote)),
      h('p', { class: 'print-cite' }, '— ', ...articleCitation()),
    );
  };
  ctx.store.subscribe(render);
  render(ctx.store.state);
}
