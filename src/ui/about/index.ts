import { DATA_SOURCES } from '../../content/sources';
import { h } from '../frame/dom';
import { t } from '../frame/i18n';
import { selectKey } from '../../lib/i18n/translator';

/** The About tab: what the atlas is, where its data comes from, and under which licences. */
export function renderAbout(body: HTMLElement): void {
  body.append(
    h('h2', {}, t('about.title')),
    h('p', {}, t('about.what')),
    h('p', {}, t('about.offline')),
    h('h3', {}, t('about.data')),
    h(
      'ul',
      { class: 'sources', 'data-testid': 'sources' },
      ...DATA_SOURCES.map((s) =>
        h(
          'li',
          {},
          h('a', { href: s.url, rel: 'noopener' }, t('source.name', { source: selectKey(s.id) })),
          t('about.source', {
            use: t('source.use', { source: selectKey(s.id) }),
            licence: t('source.licence', { source: selectKey(s.id) }),
          }),
        ),
      ),
    ),
  );
}
