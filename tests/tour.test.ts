/**
 * The tour says no more than its sources (issue #26): each step's quote is a verbatim sentence of
 * its source, the words a step puts in quotation marks and the numbers it gives are the source's,
 * and a step says who said it as its quote does. Plus one test per sentence that once said more
 * than the article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSINESS_STANDARD_FIGURES, FIGURE_SOURCES } from '../src/content/article';
import { CLAIM_LIST } from '../src/content/claims';
import { TOUR_STEPS, type TourStep } from '../src/content/tour';
import { repoRoot } from './geojson';

const ARTICLE_PATH = resolve(repoRoot, '../shared/source/article.txt');
if (!existsSync(ARTICLE_PATH)) throw new Error(`Shared input missing: ${ARTICLE_PATH}`);
const ARTICLE_TEXT = readFileSync(ARTICLE_PATH, 'utf8');

/** What we hold of the later report: its sentences we cite, its date and publisher. */
const REPORT_TEXT = [
  ...new Set(Object.values(BUSINESS_STANDARD_FIGURES).map((f) => f.quote)),
  FIGURE_SOURCES['business-standard'].date,
  FIGURE_SOURCES['business-standard'].publisher,
  FIGURE_SOURCES['business-standard'].note ?? '',
].join('\n');

const sourceText = (step: TourStep) =>
  step.quote.source === 'news18' ? ARTICLE_TEXT : REPORT_TEXT;

/** Numbers as written ("10,300", "2+2" gives 2 and 2, "Covid-19" gives 19), commas dropped. */
const numbers = (text: string) =>
  [...text.matchAll(/\d[\d,]*/g)].map((m) => m[0].replace(/,/g, ''));
/** "November 2024" is a date of the report: months count as its date's. */
const reportDate = new Date(`${FIGURE_SOURCES['business-standard'].date}T00:00:00Z`);

describe('the tour says no more than its sources', () => {
  it.each(TOUR_STEPS.map((s) => [s.id, s] as const))(
    '%s: its quote is one verbatim passage of its source',
    (_, step) => {
      expect(sourceText(step).split(step.quote.text).length - 1).toBe(1);
    },
  );

  it.each(TOUR_STEPS.map((s) => [s.id, s] as const))(
    '%s: words in quotation marks are its source’s',
    (_, step) => {
      for (const [, quoted] of step.text.matchAll(/“([^”]+)”/g)) {
        expect(sourceText(step), quoted).toContain(quoted!);
      }
    },
  );

  it.each(TOUR_STEPS.map((s) => [s.id, s] as const))(
    '%s: every number it gives is in a source it cites',
    (_, step) => {
      // A step may cite either source it names: the article, or the later report (by its year).
      const inSource = new Set([
        ...numbers(ARTICLE_TEXT),
        ...numbers(REPORT_TEXT),
        String(reportDate.getUTCFullYear()),
      ]);
      const stray = numbers(`${step.title} ${step.text}`).filter((n) => !inSource.has(n));
      expect(stray).toEqual([]);
    },
  );

  it.each(TOUR_STEPS.map((s) => [s.id, s] as const))(
    '%s: says who said it, as its quote does',
    (_, step) => {
      // The article's attributions: a step resting on what "government sources said" says so.
      if (/government sources said/i.test(step.quote.text)) {
        expect(step.text).toMatch(/government sources/i);
      }
      expect(step.text, 'the article quotes no Russian source on the route').not.toMatch(
        /both sides (cite|say|call)/i,
      );
    },
  );

  it('bug: the corridor step said both sides cite the route; Indian government sources do', () => {
    const corridor = TOUR_STEPS.find((s) => s.id === 'corridor')!;
    expect(corridor.text).toMatch(/Indian government sources/);
    expect(corridor.text).not.toMatch(/both sides/);
  });

  it('bug: the visit step put Putin in New Delhi; the article says he travels to India', () => {
    const visit = TOUR_STEPS.find((s) => s.id === 'visit')!;
    expect(`${visit.title} ${visit.text}`).not.toMatch(/New Delhi/);
    expect(visit.text).toMatch(/India/);
  });

  it('bug: the figures step gave the report a route via Suez; the Suez routing is ours', () => {
    const figures = TOUR_STEPS.find((s) => s.id === 'figures')!;
    expect(figures.text).not.toMatch(/via Suez that a 2024 report/);
    expect(figures.text).toMatch(/Suez Canal is our own routing/);
  });

  it('claim summaries: numbers and quoted words are the article’s', () => {
    for (const claim of CLAIM_LIST) {
      const inArticle = new Set(numbers(ARTICLE_TEXT));
      expect(
        numbers(claim.summary).filter((n) => !inArticle.has(n)),
        claim.id,
      ).toEqual([]);
      for (const [, quoted] of claim.summary.matchAll(/“([^”]+)”/g)) {
        expect(ARTICLE_TEXT, `${claim.id}: “${quoted}”`).toContain(quoted!);
      }
    }
  });

  it('bug: the Indo-Pacific card had New Delhi speak; government sources said it', () => {
    const card = CLAIM_LIST.find((c) => c.id === 'indo-pacific')!;
    expect(card.summary).toMatch(/government sources say New Delhi has told Moscow/);
  });
});
