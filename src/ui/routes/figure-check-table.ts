/**
 * The figure check of the Routes panel: every published number about the route beside the value
 * computed from our routes and transit model, with the exact words and source it comes from.
 * Rows carry the DOM id `check-<row id>` so other panels can point at them.
 */
import {
  ARTICLE,
  ARTICLE_SENTENCES,
  BUSINESS_STANDARD_FIGURES,
  FIGURE_SOURCES,
} from '../../content/article';
import {
  type FigureCheckId,
  type FigureCheckRow,
  type Quantity,
} from '../../lib/analysis/figure-check';
import { citeShort, shortDate } from '../frame/citation';
import { selectKey } from '../../lib/i18n/translator';
import { h } from '../frame/dom';
import { articleTime, fmt, quotation, quoteNote, rich, t, words } from '../frame/i18n';

/** Formats a value in its unit. */
export function formatQuantity(q: Quantity): string {
  switch (q.unit) {
    case 'km':
      return fmt.km(q.value);
    case 'nm':
      return fmt.nm(q.value);
    case 'days':
      return fmt.days(q.value);
    case 'kn':
      return fmt.knots(q.value);
  }
}

/** A figure-check row's name, in the reader's language. */
export const figureLabel = (id: FigureCheckId): string => t('check.label', { id: selectKey(id) });

/** The figure as the source printed it ("around 10,300 km"), or the derived value when the row checks something computed from it. */
function publishedText(row: FigureCheckRow): { text: string; derived: boolean } {
  const f = row.source;
  if (row.claimed.unit !== f.unit) return { text: formatQuantity(row.claimed), derived: true };
  return {
    text: t('check.published', {
      figure: selectKey(f.id),
      quantity: f.unit === 'days' ? fmt.days(f.value, 0) : formatQuantity(f),
    }),
    derived: false,
  };
}

interface RowView {
  element: HTMLElement;
  published: HTMLElement;
  computed: HTMLElement;
  difference: HTMLElement;
  explanation: HTMLElement;
}

function cell(label: string, value: HTMLElement, note?: HTMLElement): HTMLElement {
  return h('div', { class: 'check-cell' }, h('span', { class: 'check-key' }, label), value, note);
}

/** A live figure-check list: call `update` with fresh rows whenever the model inputs change. */
export function renderFigureCheck(): {
  element: HTMLElement;
  update(rows: readonly FigureCheckRow[]): void;
} {
  const views = new Map<FigureCheckId, RowView>();
  const list = h('div', { class: 'check-list', 'data-testid': 'figure-check' });
  const update = (rows: readonly FigureCheckRow[]) => {
    for (const row of rows) {
      let view = views.get(row.id);
      if (!view) {
        view = rowView(row);
        views.set(row.id, view);
        list.append(view.element);
      }
      view.published.textContent = publishedText(row).text;
      view.computed.textContent = formatQuantity(row.computed);
      view.difference.textContent = fmt.pct(row.differencePct);
      view.explanation.textContent = row.explanation;
    }
  };
  return { element: list, update };
}

function rowView(row: FigureCheckRow): RowView {
  const published = h('strong', { class: 'check-value' });
  const computed = h('strong', { class: 'check-value' });
  const difference = h('strong', { class: 'check-value' });
  const explanation = h('p', { class: 'check-explanation' });
  const source = FIGURE_SOURCES[row.source.sourceId];
  const note = publishedText(row).derived
    ? t('check.derivedFrom', { cite: citeShort(source) })
    : citeShort(source);
  const element = h(
    'article',
    { class: 'check-row', id: `check-${row.id}`, 'data-testid': `check-${row.id}`, tabindex: '-1' },
    h('h4', {}, row.label),
    h(
      'div',
      { class: 'check-cells' },
      cell(t('check.published.head'), published, h('span', { class: 'check-note' }, note)),
      cell(t('check.computed'), computed, h('span', { class: 'check-note' }, t('check.thisAtlas'))),
      cell(
        t('check.difference'),
        difference,
        h('span', { class: 'check-note' }, t('check.vsPublished')),
      ),
    ),
    explanation,
    h(
      'details',
      { class: 'check-quote' },
      h('summary', {}, t('check.words', { publisher: source.publisher })),
      quotation('blockquote', {}, `“${row.source.quote}”`),
      quoteNote(),
      h(
        'p',
        { class: 'check-note' },
        t('check.about', {
          cite: citeShort(source),
          about: t('figure.about', { figure: selectKey(row.source.id) }),
        }),
      ),
    ),
  );
  return { element, published, computed, difference, explanation };
}

/** The two sources of the published figures, each with its exact words. */
export function renderFigureSources(): HTMLElement {
  const bs = FIGURE_SOURCES['business-standard'];
  const bsQuotes = [...new Set(Object.values(BUSINESS_STANDARD_FIGURES).map((f) => f.quote))];
  return h(
    'div',
    { class: 'figure-sources', 'data-testid': 'figure-sources' },
    h(
      'p',
      {},
      ...rich('sources.article', {
        outlet: ARTICLE.outlet,
        title: ARTICLE.title,
        author: ARTICLE.author,
        dateline: words.places['new-delhi'],
        first: articleTime(ARTICLE.firstPublished),
        updated: articleTime(ARTICLE.lastUpdated),
      }),
    ),
    quotation('blockquote', {}, `“${ARTICLE_SENTENCES.route}”`),
    h(
      'p',
      {},
      `${t('sources.bs', { publisher: bs.publisher, date: shortDate(bs.date) })} `,
      bs.url
        ? h(
            'a',
            { href: bs.url, rel: 'noopener noreferrer', target: '_blank' },
            t('sources.readReport'),
          )
        : null,
      t('sources.opensSite'),
    ),
    ...bsQuotes.map((quote) => quotation('blockquote', {}, `“${quote}”`)),
    quoteNote(),
  );
}
