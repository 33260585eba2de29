/**
 * How the UI cites its sources in running text. The article is cited by its first publication
 * date everywhere (its "Source" sections give both dates in full); titles stay as published, the
 * dates and the joining words are in the reader's language.
 */
import { ARTICLE } from '../../content/article';
import { FIGURE_SOURCES, type FigureSource } from '../../content/article';
import type { TourStep } from '../../content/tour';
import { fmt, rich, t } from './i18n';

/** "5 Dec 2021" from an ISO date, in the reader's language. */
export function shortDate(iso: string): string {
  return fmt.date(iso, 'short');
}

/** "News18, 5 Dec 2021". */
export function citeShort(source: FigureSource): string {
  return t('cite.short', { publisher: source.publisher, date: shortDate(source.date) });
}

/** The article's citation under a quoted passage: title, outlet, author, date. */
export function articleCitation(): (Node | string)[] {
  return rich('cite.article', {
    title: ARTICLE.title,
    outlet: ARTICLE.outlet,
    author: ARTICLE.author,
    date: fmt.date(ARTICLE.firstPublished.iso, 'long'),
  });
}

/** The citation under a tour step's quote: the article's, or the later report's. */
export function stepCitation(step: TourStep): (Node | string)[] {
  if (step.quote.source === 'news18') return articleCitation();
  const source = FIGURE_SOURCES[step.quote.source];
  return [t('cite.pti', { publisher: source.publisher, cite: citeShort(source) })];
}
