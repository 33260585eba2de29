import { lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FIGURES,
  ARTICLE_SENTENCES,
  BUSINESS_STANDARD_FIGURES,
  FIGURE_SOURCES,
} from '../../src/content/article';
import {
  FIGURE_CHECK_IDS,
  checkArticleFigures,
  type FigureCheckId,
  type FigureCheckInputs,
  type FigureCheckRow,
} from '../../src/lib/analysis/figure-check';
import { formatNumber, formatPct } from '../../src/lib/analysis/format';
import { routeLengthKm } from '../../src/lib/analysis/routes';

/**
 * Synthetic routes along the equator, so every length is checkable by hand: one degree of the
 * equator on Turf's 6,371.0088 km sphere is 111.19508 km.
 */
const equatorKm = (degrees: number): number =>
  routeLengthKm(
    lineString([
      [0, 0],
      [degrees / 2, 0],
      [degrees, 0],
    ]),
  );

const base: FigureCheckInputs = {
  corridorKm: equatorKm(85), // 9,451.58 km = 5,103.45 nm
  variantKm: equatorKm(93), // 10,341.14 km = 5,583.77 nm
  comparisonKm: equatorKm(140), // 15,567.31 km = 8,405.67 nm
  knots: 14,
  allowanceDays: 2,
};

function byId(rows: FigureCheckRow[]): Record<FigureCheckId, FigureCheckRow> {
  return Object.fromEntries(rows.map((r) => [r.id, r])) as Record<FigureCheckId, FigureCheckRow>;
}

describe('checkArticleFigures on hand-checkable routes', () => {
  const rows = checkArticleFigures(base);
  const r = byId(rows);

  it('returns one row per check, in catalogue order', () => {
    expect(rows.map((row) => row.id)).toEqual([...FIGURE_CHECK_IDS]);
  });

  it('checks the article’s 10,300 km against the corridor length', () => {
    expect(r.distance.claimed).toEqual({ value: 10_300, unit: 'km' });
    expect(r.distance.computed.value).toBeCloseTo(9451.58, 1);
    // (9,451.58 − 10,300) ÷ 10,300 = −8.24 %
    expect(r.distance.differencePct).toBeCloseTo(-8.24, 2);
    expect(r.distance.explanation).toContain('9,452 km, 8.2% shorter than the published');
    expect(r.distance.explanation).toContain('10,341 km (0.4% longer)');
    expect(r.distance.explanation).toMatch(/closest to the route avoiding Malacca/);
  });

  it('checks the 24 days against the modelled corridor transit', () => {
    // 5,103.45 nm ÷ (14 kn × 24 h) = 15.19 days at sea, + 2 days = 17.19 days.
    expect(r.days.computed.value).toBeCloseTo(17.19, 2);
    expect(r.days.differencePct).toBeCloseTo(-28.38, 2);
    expect(r.days.explanation).toContain('17.2 days (15.2 days at sea), 28.4% less than');
  });

  it('derives ≈ 9.7 kn door to door from 10,300 km in 24 days', () => {
    expect(r['implied-speed'].claimed.value).toBeCloseTo(9.6555, 3);
    expect(r['implied-speed'].claimed.unit).toBe('kn');
    // Model door to door: 5,103.45 nm ÷ (17.19 days × 24 h) = 12.37 kn.
    expect(r['implied-speed'].computed.value).toBeCloseTo(12.37, 2);
    expect(r['implied-speed'].explanation).toContain('averaging 9.7 kn door to door');
    expect(r['implied-speed'].explanation).toMatch(/12\.4 kn door to door, 28\.\d% faster/);
  });

  it('checks the 40 days against Mumbai–St Petersburg and says why that is not like for like', () => {
    const row = r['days-before'];
    // 8,405.67 nm ÷ 336 = 25.02 days at sea, + 2 = 27.02 days.
    expect(row.computed.value).toBeCloseTo(27.02, 2);
    expect(row.differencePct).toBeCloseTo(-32.46, 2);
    expect(row.explanation).toContain('The article does not name the route');
    expect(row.explanation).toContain('Business Standard (PTI, 18 Nov 2024)');
    expect(row.explanation).toContain('Mumbai–St Petersburg');
    expect(row.explanation).toContain('around 35 to 40 days');
    expect(row.explanation).toContain('different port pairs');
  });

  it('checks Business Standard’s 5,600 nm and 8,675 nm', () => {
    expect(r['minister-distance'].computed).toEqual({ value: base.corridorKm / 1.852, unit: 'nm' });
    expect(r['minister-distance'].differencePct).toBeCloseTo(-8.87, 2);
    expect(r['minister-distance'].explanation).toMatch(/closest to the route avoiding Malacca/);
    expect(r['minister-comparison-distance'].differencePct).toBeCloseTo(-3.1, 1);
    expect(r['minister-comparison-distance'].explanation).toContain('8,406 nm, 3.1% shorter');
  });

  it('keeps the difference consistent with claimed and computed in every row', () => {
    for (const row of rows) {
      const expected = ((row.computed.value - row.claimed.value) / row.claimed.value) * 100;
      expect(row.differencePct).toBeCloseTo(expected, 10);
      expect(row.explanation).toContain(formatPct(Math.abs(row.differencePct), { signed: false }));
      expect(row.explanation.trim()).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('cites the article for its numbers and Business Standard for its own', () => {
    expect(rows.slice(0, 4).map((row) => row.source.sourceId)).toEqual(Array(4).fill('news18'));
    expect(rows.slice(4).map((row) => row.source.sourceId)).toEqual(
      Array(2).fill('business-standard'),
    );
  });
});

describe('checkArticleFigures wording follows the numbers', () => {
  it('names the Malacca route when it is the closer one', () => {
    const r = byId(
      checkArticleFigures({ ...base, corridorKm: equatorKm(92.5), variantKm: equatorKm(100) }),
    );
    // 92.5° = 10,285.5 km (−0.14 %); 100° = 11,119.5 km (+7.96 %).
    expect(r.distance.explanation).toMatch(/closest to the route via Malacca\.$/);
    expect(r.distance.explanation).toContain('0.1% shorter');
    expect(r.distance.explanation).toContain('(8.0% longer)');
  });

  it('says "longer" and "more" when the computed values exceed the claims', () => {
    const r = byId(checkArticleFigures({ ...base, corridorKm: equatorKm(95), knots: 8 }));
    // 95° = 10,563.5 km (+2.56 %); 5,703.8 nm ÷ 192 = 29.71 + 2 = 31.71 days (+32.1 %).
    expect(r.distance.differencePct).toBeGreaterThan(0);
    expect(r.distance.explanation).toContain('2.6% longer than');
    expect(r.days.computed.value).toBeCloseTo(31.71, 2);
    expect(r.days.explanation).toContain('32.1% more than');
    expect(r['implied-speed'].explanation).toMatch(/faster|slower/);
  });

  it('says "the same" when a difference rounds to 0.0%', () => {
    const r = byId(checkArticleFigures({ ...base, corridorKm: 10_300 }));
    expect(r.distance.differencePct).toBe(0);
    expect(r.distance.explanation).toContain('measures 10,300 km, the same as the published');
  });

  it.each([
    { corridorKm: 0 },
    { variantKm: -1 },
    { comparisonKm: Number.NaN },
    { knots: 0 },
    { allowanceDays: -1 },
  ])('throws RangeError for %o', (patch) => {
    expect(() => checkArticleFigures({ ...base, ...patch })).toThrow(RangeError);
  });
});

describe('published figures', () => {
  const figures = [...Object.values(ARTICLE_FIGURES), ...Object.values(BUSINESS_STANDARD_FIGURES)];

  it('quote each number with its qualifier exactly as published', () => {
    for (const f of figures) {
      const number = f.range ? `${f.range[0]} to ${f.range[1]}` : formatNumber(f.value);
      const qualifier = f.range ? f.qualifier.replace(/ \d+ to$/, '') : f.qualifier;
      expect(f.quote, f.id).toContain(`${qualifier} ${number}`.trim());
      expect(FIGURE_SOURCES[f.sourceId].id).toBe(f.sourceId);
    }
  });

  it('takes the article numbers from the article’s one route sentence', () => {
    for (const f of Object.values(ARTICLE_FIGURES)) expect(f.quote).toBe(ARTICLE_SENTENCES.route);
    expect(ARTICLE_SENTENCES.route).toContain('around 10,300 km');
    expect(ARTICLE_SENTENCES.route).toContain('roughly 24 days from 40 days');
  });

  it('has unique ids', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });
});
