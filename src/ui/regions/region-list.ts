/**
 * The Far East regions as a list in the Routes panel: the facts of the map's region cards,
 * readable without WebGL and reachable by keyboard. With a map, each name is a button that shows
 * the regions layer, frames the region and opens its card (which gives focus back on Escape).
 */
import type { AppContext } from '../../state/context';
import { ARTICLE_SENTENCES } from '../../content/article';
import { formatNumber } from '../../lib/analysis/format';
import { h } from '../frame/dom';

export function renderRegionList(ctx: AppContext): HTMLElement {
  const { regions } = ctx.data;
  const hasMap = ctx.map !== null;
  const items = [...regions]
    // By code unit: the English names are ASCII, where this is the collator's order too
    // (tests/regions.test.ts), and a collator made at start-up costs ICU's data, 10–15 ms.
    .sort((a, b) => (a.nameEn < b.nameEn ? -1 : a.nameEn > b.nameEn ? 1 : 0))
    .map((region) => {
      const name = hasMap
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'data-testid': `region-item-${region.id}`,
              onclick: () => {
                ctx.actions.toggleLayer('regions', true);
                ctx.actions.frame(region.bounds);
                ctx.actions.selectRegion(region.id);
              },
            },
            region.nameEn,
          )
        : h('span', { class: 'region-item-name' }, region.nameEn);
      return h(
        'li',
        { 'data-testid': `region-row-${region.id}` },
        name,
        h(
          'span',
          { class: 'region-item-facts' },
          ` ${region.id} · ${formatNumber(region.areaKm2)} km²`,
        ),
      );
    });
  return h(
    'section',
    { class: 'region-list', 'aria-labelledby': 'region-list-title' },
    h('h3', { id: 'region-list-title' }, `Russia’s Far East: ${regions.length} regions`),
    h(
      'p',
      {},
      `The article: “${ARTICLE_SENTENCES.governors}” It does not name their regions. The map shades the ${regions.length} subjects of the Far Eastern Federal District`,
      hasMap ? '; choose one to see it and its card.' : '.',
    ),
    h('ul', { 'data-testid': 'region-list' }, ...items),
  );
}
