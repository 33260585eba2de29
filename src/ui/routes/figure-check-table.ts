/**
 * The figure check of the Routes panel: every published number about the route beside the value
 * computed from our routes and transit model, with the exact words and source it comes from.
 * Rows carry the DOM id `check-<row id>` so other panels can point at them.
 */
import { ARTICLE } from '../../content/article';
import {
  ARTICLE_SENTENCES,
  BUSINESS_STANDARD_FIGURES,
  FIGURE_SOURCES,
} from '../../content/article';
import {
  type FigureCheckId,
  type FigureCheckRow,
  type Quantity,
} from '../../lib/analysis/figure-check';
import {
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatNumber,
  formatPct,
} from '../../lib/analysis/format';
import { citeShort, shortDate } from '../frame/citation';
import { h } from '../frame/dom';

/** Formats a value in its unit. */
export function formatQuantity(q: Quantity): string {
  switch (q.unit) {
    case 'km':
      return formatKm(q.value);
    case 'nm':
      return formatNm(q.value);
    case 'days':
      return formatDays(q.value);
    case 'kn':
      return formatKnots(q.value);
  }
}

/** The figure as the source printed it ("around 10,300 km"), or the derived value when the row checks something computed from it. */
function publishedText(row: FigureCheckRow): { text: string; derived: boolean } {
  const f = row.source;
  if (row.claimed.unit !== f.unit) return { text: formatQuantity(row.claimed), derived: true };
  return {
    text: [f.qualifier, formatNumber(f.value), f.unit].filter(Boolean).join(' '),
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
      view.difference.textContent = formatPct(row.differencePct);
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
  const note = publishedText(row).derived ? `derived from ${citeShort(source)}` : citeShort(source);
  const element = h(
    'article',
    { class: 'check-row', id: `check-${row.id}`, 'data-testid': `check-${row.id}`, tabindex: '-1' },
    h('h4', {}, row.label),
    h(
      'div',
      { class: 'check-cells' },
      cell('Published', published, h('span', { class: 'check-note' }, note)),
      cell('Computed', computed, h('span', { class: 'check-note' }, 'this atlas')),
      cell('Difference', difference, h('span', { class: 'check-note' }, 'vs published')),
    ),
    explanation,
    h(
      'details',
      { class: 'check-quote' },
      h('summary', {}, `${source.publisher}’s words`),
      h('blockquote', {}, `“${row.source.quote}”`),
      h('p', { class: 'check-note' }, `${citeShort(source)}. ${row.source.about}.`),
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
      `${ARTICLE.outlet}: “${ARTICLE.title}”, by ${ARTICLE.author}, ${ARTICLE.dateline}; first published ${ARTICLE.firstPublished.text}, last updated ${ARTICLE.lastUpdated.text}. Its only sentence with route numbers:`,
    ),
    h('blockquote', {}, `“${ARTICLE_SENTENCES.route}”`),
    h(
      'p',
      {},
      `${bs.publisher}, ${shortDate(bs.date)}. ${bs.note ?? ''} `,
      bs.url
        ? h('a', { href: bs.url, rel: 'noopener noreferrer', target: '_blank' }, 'Read the report')
        : null,
      ' (opens the publisher’s site).',
    ),
    ...bsQuotes.map((quote) => h('blockquote', {}, `“${quote}”`)),
  );
}
