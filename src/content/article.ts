/**
 * The news article Corridor Atlas is built on, as data. Values are copied from the article's own
 * text (shared/source/article.txt); tests/claims.test.ts checks each one against it. We have no
 * URL for it, so none is given.
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

/** Shown in the "Source" section beside the metadata. */
export const ARTICLE_NOTE =
  'Claim summaries are Corridor Atlas’s own words; quoted passages are the article’s, verbatim.';
