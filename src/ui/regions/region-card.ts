/**
 * The Far East region card and hover tooltip. The map reports hover and clicks (AtlasMap's
 * handlers put them in the store); this module shows the hovered region's name by the pointer
 * and, for a clicked region, a card with its names, code and area.
 */
import './region-card.css';
import type { AppContext } from '../../state/context';
import { ARTICLE_SENTENCES } from '../../content/article';
import type { RegionInfo } from '../../lib/regions';
import { OVERLAY_LAYERS } from '../../lib/style/ids';
import { articleCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { mapCard } from '../frame/map-card';
import { fmt, locale, quotation, quoteNote, t } from '../frame/i18n';
import { regionName } from './region-name';

function cardBody(region: RegionInfo, count: number, close: HTMLElement): (Node | null)[] {
  return [
    h(
      'div',
      { class: 'map-card-head' },
      h(
        'div',
        {},
        h('h2', { id: 'region-card-title', 'data-testid': 'region-card-name' }, regionName(region)),
        // Its Russian name beside it, unless the page is in Russian already.
        region.nameRu && locale() !== 'ru'
          ? h('p', { lang: 'ru', class: 'region-card-ru' }, region.nameRu)
          : null,
      ),
      close,
    ),
    h(
      'dl',
      { class: 'map-card-facts' },
      h('dt', {}, t('region.code')),
      h('dd', { 'data-testid': 'region-card-code' }, region.id),
      h('dt', {}, t('region.areaHead')),
      h(
        'dd',
        { 'data-testid': 'region-card-area' },
        t('region.area', { n: fmt.number(region.areaKm2) }),
        h('span', { class: 'region-card-note' }, ` (${t('region.areaSource')})`),
      ),
    ),
    h('p', { class: 'region-card-why' }, t('region.why', { count })),
    quotation('blockquote', {}, `“${ARTICLE_SENTENCES.governors}”`),
    h('p', { class: 'region-card-note' }, '— ', ...articleCitation()),
    quoteNote(),
    h('p', { class: 'region-card-note' }, t('region.noList')),
  ];
}

/** Shows the region card for the selected region and the hovered region's name by the pointer. */
export function startRegionCard(ctx: AppContext): void {
  const map = ctx.map;
  // Without WebGL there is no map to hover or click: nothing to show.
  if (!map) return;
  const stage = map.container().parentElement ?? document.body;
  const byId = new Map(ctx.data.regions.map((r) => [r.id, r]));

  const tooltip = h('div', {
    class: 'region-tooltip',
    'data-testid': 'region-tooltip',
    hidden: true,
  });
  const card = mapCard('region', { hidden: true });
  stage.append(tooltip, card);
  ctx.signal.addEventListener('abort', () => {
    tooltip.remove();
    card.remove();
  });

  let returnFocus: HTMLElement | null = null;
  let shown: string | null = null;
  const close = () => ctx.actions.selectRegion(null);
  const closeButton = () =>
    h(
      'button',
      {
        type: 'button',
        class: 'map-card-close',
        'aria-label': t('share.close'),
        'data-testid': 'region-card-close',
        onclick: close,
      },
      '×',
    );

  const render = (id: string | null) => {
    if (id === shown) return;
    const region = id === null ? undefined : byId.get(id);
    if (!region) {
      // Read before hiding: a hidden card can no longer hold the focus.
      const hadFocus = !card.hidden && card.contains(document.activeElement);
      card.hidden = true;
      shown = null;
      if (hadFocus) {
        // Back where the reader was; after a click on the map (which leaves focus on the page
        // body) that is the map itself.
        const back = returnFocus?.isConnected && returnFocus !== document.body;
        if (back) returnFocus!.focus({ preventScroll: true });
        else map.focus();
      }
      return;
    }
    // Escape returns to whatever opened the card last (a list entry, the map), not the first.
    if (!card.contains(document.activeElement)) {
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    shown = region.id;
    replaceChildren(card, ...cardBody(region, ctx.data.regions.length, closeButton()));
    card.hidden = false;
    card.focus({ preventScroll: true });
  };

  const showTooltip = (lngLat: [number, number] | null) => {
    const region = ctx.store.state.hoverRegion ? byId.get(ctx.store.state.hoverRegion) : undefined;
    if (!region || !lngLat) {
      tooltip.hidden = true;
      return;
    }
    const { x, y } = map.project(lngLat);
    tooltip.textContent = regionName(region);
    tooltip.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`;
    tooltip.hidden = false;
  };

  map.onHover(OVERLAY_LAYERS.regionFill, (hit) => showTooltip(hit?.lngLat ?? null));
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || card.hidden) return;
      const active = document.activeElement;
      // Escape elsewhere (a menu, the panel) belongs to that control.
      const ours =
        active === document.body || card.contains(active) || map.container().contains(active);
      if (ours) close();
    },
    { signal: ctx.signal },
  );
  ctx.store.subscribe((state, previous) => {
    if (state.selectedRegion !== previous.selectedRegion) render(state.selectedRegion);
    if (state.hoverRegion === null) tooltip.hidden = true;
  });
  render(ctx.store.state.selectedRegion);
}
