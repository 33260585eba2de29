import { DATA_SOURCES } from '../../content/sources';
import { h } from '../frame/dom';

/** The About tab: what the atlas is, where its data comes from, and under which licences. */
export function renderAbout(body: HTMLElement): void {
  body.append(
    h('h2', {}, 'About this atlas'),
    h(
      'p',
      {},
      'Corridor Atlas maps the Chennai–Vladivostok sea route and the India–Russia cooperation ' +
        'claims made in a News18 article of 5–6 December 2021, and checks the article’s distance ' +
        'and time figures against routes computed on a model of the world’s shipping lanes (Eurostat SeaRoute).',
    ),
    h(
      'p',
      {},
      'Everything runs in your browser from data shipped with the page: no map server, no ' +
        'tracking, no request to any other site.',
    ),
    h('h3', {}, 'Data and licences'),
    h(
      'ul',
      { class: 'sources', 'data-testid': 'sources' },
      ...DATA_SOURCES.map((s) =>
        h(
          'li',
          {},
          h('a', { href: s.url, rel: 'noopener' }, s.name),
          ` — ${s.use}. Licence: ${s.licence}.`,
        ),
      ),
    ),
  );
}
