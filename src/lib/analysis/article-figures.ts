/**
 * The published numbers about the Chennai–Vladivostok route, each with the exact sentence it
 * comes from. Content only: the claim check (claim-check.ts) compares them with computed values.
 */
import { ARTICLE } from '../../content/article';

export type FigureSourceId = 'news18' | 'business-standard';

export interface FigureSource {
  id: FigureSourceId;
  publisher: string;
  title?: string;
  author?: string;
  /** Publication date, ISO 8601. */
  date: string;
  url?: string;
  note?: string;
}

export const FIGURE_SOURCES: Record<FigureSourceId, FigureSource> = {
  news18: {
    id: 'news18',
    publisher: ARTICLE.outlet,
    title: ARTICLE.title,
    author: ARTICLE.author,
    // Cited by its first publication date everywhere (the claim cards too).
    date: ARTICLE.firstPublished.iso.slice(0, 10),
    note: `First published ${ARTICLE.firstPublished.text}; last updated ${ARTICLE.lastUpdated.text}.`,
  },
  'business-standard': {
    id: 'business-standard',
    publisher: 'Business Standard',
    date: '2024-11-18',
    url: 'https://www.business-standard.com/amp/industry/news/chennai-vladivostok-maritime-corridor-becomes-operational-says-sonowal-124111801090_1.html',
    note: 'A PTI report of Union Minister of Ports, Shipping and Waterways Sarbananda Sonowal announcing that the corridor is operational; the figures are the report’s own sentences, not quotes of the minister.',
  },
};

/** The article's only sentence with numbers about the route (News18, 5 Dec 2021). */
export const ARTICLE_ROUTE_SENTENCE =
  'During his visit to Vladivostok in 2019, Prime Minister Narendra Modi had signed a Memorandum of Intent for connectivity in this sea route that stretches to around 10,300 km and cuts the shipping time to roughly 24 days from 40 days.';

const BS_DISTANCE =
  'The Chennai-Vladivostok sea route will cover a distance of about 5,600 nautical miles.';
const BS_TIME =
  'The time taken will come down to 24 days compared to more than 40 that it currently takes to transport goods from India to Far East Russia via Europe.';
const BS_COMPARISON =
  'The current trade route between Mumbai and St Petersburg in Russia covers a distance of 8,675 nautical miles, and the time taken for transportation is around 35 to 40 days.';

export type PublishedFigureId =
  | 'article-distance'
  | 'article-days'
  | 'article-days-before'
  | 'bs-corridor-distance'
  | 'bs-corridor-days'
  | 'bs-via-europe-days'
  | 'bs-comparison-distance'
  | 'bs-comparison-days';

export interface PublishedFigure {
  id: PublishedFigureId;
  /** The number as published (for a range, its upper end; see `range`). */
  value: number;
  range?: readonly [number, number];
  unit: 'km' | 'nm' | 'days';
  /** The words that qualify the number in the source, e.g. "around", "more than". */
  qualifier: string;
  /** What the number is about, in our words. */
  about: string;
  /** The exact sentence the number comes from. */
  quote: string;
  sourceId: FigureSourceId;
}

const figure = (f: PublishedFigure): PublishedFigure => f;

/** The three route numbers in the News18 article. */
export const ARTICLE_FIGURES = {
  distance: figure({
    id: 'article-distance',
    value: 10_300,
    unit: 'km',
    qualifier: 'around',
    about: 'Length of the Chennai–Vladivostok sea route',
    quote: ARTICLE_ROUTE_SENTENCE,
    sourceId: 'news18',
  }),
  days: figure({
    id: 'article-days',
    value: 24,
    unit: 'days',
    qualifier: 'roughly',
    about: 'Shipping time with the Chennai–Vladivostok route',
    quote: ARTICLE_ROUTE_SENTENCE,
    sourceId: 'news18',
  }),
  daysBefore: figure({
    id: 'article-days-before',
    value: 40,
    unit: 'days',
    qualifier: 'from',
    about: 'Shipping time before the route; the article does not say on which route',
    quote: ARTICLE_ROUTE_SENTENCE,
    sourceId: 'news18',
  }),
} as const;

/** Later figures reported by Business Standard (PTI, 18 Nov 2024), cited separately. */
export const BUSINESS_STANDARD_FIGURES = {
  corridorDistance: figure({
    id: 'bs-corridor-distance',
    value: 5_600,
    unit: 'nm',
    qualifier: 'about',
    about: 'Length of the Chennai–Vladivostok sea route',
    quote: BS_DISTANCE,
    sourceId: 'business-standard',
  }),
  corridorDays: figure({
    id: 'bs-corridor-days',
    value: 24,
    unit: 'days',
    qualifier: 'will come down to',
    about: 'Transport time India–Far East Russia with the corridor',
    quote: BS_TIME,
    sourceId: 'business-standard',
  }),
  viaEuropeDays: figure({
    id: 'bs-via-europe-days',
    value: 40,
    unit: 'days',
    qualifier: 'more than',
    about: 'Current transport time from India to Far East Russia via Europe',
    quote: BS_TIME,
    sourceId: 'business-standard',
  }),
  comparisonDistance: figure({
    id: 'bs-comparison-distance',
    value: 8_675,
    unit: 'nm',
    qualifier: '',
    about: 'Length of the current Mumbai–St Petersburg trade route',
    quote: BS_COMPARISON,
    sourceId: 'business-standard',
  }),
  comparisonDays: figure({
    id: 'bs-comparison-days',
    value: 40,
    range: [35, 40],
    unit: 'days',
    qualifier: 'around 35 to',
    about: 'Transport time on the Mumbai–St Petersburg route',
    quote: BS_COMPARISON,
    sourceId: 'business-standard',
  }),
} as const;
