/**
 * The news article Corridor Atlas is built on, as data: its metadata, the sentences the UI quotes
 * in more than one place, and every published figure about the route (the article's and a later
 * report's), each with the sentence it comes from. Values are copied from the article's own text
 * (shared/source/article.txt); tests/claims.test.ts checks each one against it. We have no URL for
 * the article, so none is given.
 */

/** A timestamp as the article prints it, plus the same instant in ISO 8601 (IST = UTC+05:30). */
export interface ArticleTime {
  readonly text: string;
  readonly iso: string;
}

export interface ArticleMeta {
  readonly title: string;
  readonly outlet: string;
  readonly author: string;
  readonly dateline: string;
  readonly firstPublished: ArticleTime;
  readonly lastUpdated: ArticleTime;
}

export const ARTICLE: ArticleMeta = {
  title:
    'India Does Balancing Act Between Russia and US as Putin Arrives on Short But Packed Visit Today',
  outlet: 'News18',
  author: 'Maha Siddiqui',
  dateline: 'New Delhi',
  firstPublished: { text: 'December 05, 2021, 14:54 IST', iso: '2021-12-05T14:54+05:30' },
  lastUpdated: { text: 'December 06, 2021, 00:06 IST', iso: '2021-12-06T00:06+05:30' },
};

/** Sentences of the article quoted in more than one place (verbatim, curly apostrophes as printed). */
export const ARTICLE_SENTENCES = {
  /** The article's only sentence with numbers about the route. */
  route:
    'During his visit to Vladivostok in 2019, Prime Minister Narendra Modi had signed a Memorandum of Intent for connectivity in this sea route that stretches to around 10,300 km and cuts the shipping time to roughly 24 days from 40 days.',
  /** The Far East's governors and the Vibrant Gujarat Summit. */
  governors:
    'Interestingly, India has extended invitations to 11 governors of Russia’s Far East for the Vibrant Gujarat Summit.',
} as const;

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
    quote: ARTICLE_SENTENCES.route,
    sourceId: 'news18',
  }),
  days: figure({
    id: 'article-days',
    value: 24,
    unit: 'days',
    qualifier: 'roughly',
    about: 'Shipping time with the Chennai–Vladivostok route',
    quote: ARTICLE_SENTENCES.route,
    sourceId: 'news18',
  }),
  daysBefore: figure({
    id: 'article-days-before',
    value: 40,
    unit: 'days',
    qualifier: 'from',
    about: 'Shipping time before the route; the article does not say on which route',
    quote: ARTICLE_SENTENCES.route,
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
