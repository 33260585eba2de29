/**
 * The Far East regions as a list in the Routes panel: the facts of the map's region cards,
 * readable without WebGL and reachable by keyboard. With a map, each name is a button that shows
 * the regions layer, frames the region and opens its card (which gives focus back on Escape).
 */
import type { AppContext } from '../../state/context';
import { ARTICLE_SENTENCES } from '../../content/article';
import { h } from '../frame/dom';
import { fmt, locale, quotation, quoteNote, t } from '../frame/i18n';
import { regionName } from './region-name';

export function renderRegionList(ctx: AppContext): HTMLElement {
  const { regions } = ctx.data;
  const hasMap = ctx.map !== null;
  const items = [...regions]
    .map((region) => ({ region, name: regionName(region) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale()))
    .map(({ region, name: shown }) => {
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
            shown,
          )
        : h('span', { class: 'region-item-name' }, shown);
      return h(
        'li',
        { 'data-testid': `region-row-${region.id}` },
        name,
        h(
          'span',
          { class: 'region-item-facts' },
          ` ${region.id} · ${t('region.area', { n: fmt.number(region.areaKm2) })}`,
        ),
      );
    });
  return h(
    'section',
    { class: 'region-list', 'aria-labelledby': 'region-list-title' },
    h('h3', { id: 'region-list-title' }, t('region.listTitle', { count: regions.length })),
    h(
      'p',
      {},
      `${t('region.theArticle')} `,
      quotation('span', {}, `“${ARTICLE_SENTENCES.governors}”`),
      ` ${t(hasMap ? 'region.listIntroMap' : 'region.listIntro', { count: regions.length })}`,
    ),
    // The quotation above stays in English: say so in the reader's language, as every card does.
    quoteNote(),
    h('ul', { 'data-testid': 'region-list' }, ...items),
  );
}
