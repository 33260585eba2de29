/**
 * How the UI cites its sources in running text. The article is cited by its first publication
 * date everywhere (its "Source" sections give both dates in full).
 */
import { ARTICLE } from '../../content/article';
import { FIGURE_SOURCES, type FigureSource } from '../../content/article';
import type { TourStep } from '../../content/tour';
import { formatDate } from '../../lib/analysis/format';
import { h } from './dom';

/** "5 December 2021" from an ISO date. */
function longDate(iso: string): string {
  return formatDate(iso, 'long');
}

/** "5 Dec 2021" from an ISO date. */
export function shortDate(iso: string): string {
  return formatDate(iso, 'short');
}

/** "News18, 5 Dec 2021". */
export function citeShort(source: FigureSource): string {
  return `${source.publisher}, ${shortDate(source.date)}`;
}

/** The article's citation under a quoted passage: title, outlet, author, date. */
export function articleCitation(): (Node | string)[] {
  return [
    h('cite', {}, ARTICLE.title),
    `, ${ARTICLE.outlet}, ${ARTICLE.author}, ${longDate(ARTICLE.firstPublished.iso)}`,
  ];
}

/** The citation under a tour step's quote: the article's, or the later report's. */
export function stepCitation(step: TourStep): (Node | string)[] {
  if (step.quote.source === 'news18') return articleCitation();
  const source = FIGURE_SOURCES[step.quote.source];
  return [`${source.publisher} (PTI), ${citeShort(source)}`];
}
