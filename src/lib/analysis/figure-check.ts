/**
 * Checks every published number about the route against values computed from our routes and
 * transit model. Sentences are assembled from the computed numbers, so "shorter"/"longer" and
 * the closest route follow the data rather than being written in advance.
 */
import { FIGURE_CHECK_IDS, type FigureCheckId } from '../../content/ids';
import {
  ARTICLE_FIGURES,
  BUSINESS_STANDARD_FIGURES,
  type PublishedFigure,
} from '../../content/article';
import { ENGLISH, formatDays, formatKm, formatKnots, formatNm, formatPct, type Tr } from './format';
import { impliedKnots, transitDays } from './transit';
import { kmToNm, nmToKm } from './units';
import { selectKey } from '../i18n/translator';

export interface FigureCheckInputs {
  /** Computed length of Chennai → Vladivostok via Malacca, km. */
  corridorKm: number;
  /** Computed length of Chennai → Vladivostok avoiding Malacca (Sunda or Lombok), km. */
  variantKm: number;
  /** Computed length of Mumbai → St Petersburg via Suez, km. */
  comparisonKm: number;
  /** Speed at sea, knots. */
  knots: number;
  /** Port and canal allowance per voyage, days. */
  allowanceDays: number;
}

export { FIGURE_CHECK_IDS, type FigureCheckId };

export interface Quantity {
  value: number;
  unit: 'km' | 'nm' | 'days' | 'kn';
}

export interface FigureCheckRow {
  id: FigureCheckId;
  label: string;
  claimed: Quantity;
  computed: Quantity;
  /** (computed − claimed) ÷ claimed × 100: negative when the computed value is smaller. */
  differencePct: number;
  /** One plain sentence built from the numbers. */
  explanation: string;
  /** The published figure checked, with its exact quote and source id. */
  source: PublishedFigure;
}

/** Percentage difference of a computed value from a claimed one: (computed − claimed) ÷ claimed × 100. */
export function differencePct(computed: number, claimed: number): number {
  if (!Number.isFinite(claimed) || claimed === 0) {
    throw new RangeError(`claimed must be a finite, non-zero number, got ${claimed}`);
  }
  return ((computed - claimed) / claimed) * 100;
}

/** Which way a computed value differs from a published one, as the sentences' selects say it. */
function comparison(tr: Tr, pct: number): { cmp: 'less' | 'more' | 'same'; pct: string } {
  const magnitude = formatPct(Math.abs(pct), { signed: false }, tr);
  // "the same" when the difference rounds to 0.0%.
  if (formatPct(Math.abs(pct), { signed: false }) === '0.0%')
    return { cmp: 'same', pct: magnitude };
  return { cmp: pct < 0 ? 'less' : 'more', pct: magnitude };
}

/** The route of `routes` whose length is closest to a published one. */
function closestTo(claimedKm: number, routes: { id: string; km: number }[]): string {
  const [best] = [...routes].sort(
    (a, b) => Math.abs(a.km - claimedKm) - Math.abs(b.km - claimedKm),
  );
  return best?.id ?? '';
}

function requireLength(name: string, km: number): void {
  if (!Number.isFinite(km) || km <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${km}`);
  }
}

/**
 * One row per published route number: claimed vs computed, difference in %, and a sentence in
 * the language of `tr` (the `check.*` messages), English by default.
 */
export function checkArticleFigures(inputs: FigureCheckInputs, tr: Tr = ENGLISH): FigureCheckRow[] {
  const { corridorKm, variantKm, comparisonKm, knots, allowanceDays } = inputs;
  requireLength('corridorKm', corridorKm);
  requireLength('variantKm', variantKm);
  requireLength('comparisonKm', comparisonKm);
  const corridorNm = kmToNm(corridorKm);
  const variantNm = kmToNm(variantKm);
  const comparisonNm = kmToNm(comparisonKm);
  const corridorTime = transitDays({ nm: corridorNm, knots, allowanceDays });
  const comparisonTime = transitDays({ nm: comparisonNm, knots, allowanceDays });
  const km = (v: number) => formatKm(v, tr);
  const nm = (v: number) => formatNm(v, tr);
  const days = (v: number) => formatDays(v, tr);
  const kn = (v: number) => formatKnots(v, tr);
  const model = tr.t('check.model', { speed: kn(knots), allowance: days(allowanceDays) });
  const a = ARTICLE_FIGURES;
  const bs = BUSINESS_STANDARD_FIGURES;

  const row = (
    id: FigureCheckId,
    source: PublishedFigure,
    claimed: Quantity,
    computed: Quantity,
    explain: (diff: number) => string,
  ): FigureCheckRow => {
    const diff = differencePct(computed.value, claimed.value);
    return {
      id,
      label: tr.t('check.label', { id: selectKey(id) }),
      claimed,
      computed,
      differencePct: diff,
      explanation: explain(diff),
      source,
    };
  };

  const routes = [
    { id: 'corridor', km: corridorKm },
    { id: 'variant', km: variantKm },
  ];
  const articleKm = a.distance.value;
  const claimedKnots = impliedKnots({ km: articleKm, days: a.days.value });
  const modelKnots = corridorNm / (corridorTime.totalDays * 24);
  const ministerKm = nmToKm(bs.corridorDistance.value);
  const [minDays, maxDays] = bs.comparisonDays.range ?? [
    bs.comparisonDays.value,
    bs.comparisonDays.value,
  ];

  const rows: Record<FigureCheckId, FigureCheckRow> = {
    distance: row(
      'distance',
      a.distance,
      { value: articleKm, unit: 'km' },
      { value: corridorKm, unit: 'km' },
      (d) => {
        const c = comparison(tr, d);
        const v = comparison(tr, differencePct(variantKm, articleKm));
        return tr.t('check.explain.distance', {
          corridorKm: km(corridorKm),
          cmp: c.cmp,
          pct: c.pct,
          articleKm: km(articleKm),
          variantKm: km(variantKm),
          cmp2: v.cmp,
          pct2: v.pct,
          closest: closestTo(articleKm, routes),
        });
      },
    ),
    days: row(
      'days',
      a.days,
      { value: a.days.value, unit: 'days' },
      { value: corridorTime.totalDays, unit: 'days' },
      (d) => {
        const c = comparison(tr, d);
        return tr.t('check.explain.days', {
          model,
          corridorNm: nm(corridorNm),
          total: days(corridorTime.totalDays),
          sea: days(corridorTime.seaDays),
          cmp: c.cmp,
          pct: c.pct,
          published: a.days.value,
        });
      },
    ),
    'implied-speed': row(
      'implied-speed',
      a.days,
      { value: claimedKnots, unit: 'kn' },
      { value: modelKnots, unit: 'kn' },
      (d) => {
        const c = comparison(tr, d);
        return tr.t('check.explain.impliedSpeed', {
          articleKm: km(articleKm),
          days: a.days.value,
          claimed: kn(claimedKnots),
          model,
          corridorKm: km(corridorKm),
          modelKnots: kn(modelKnots),
          cmp: c.cmp,
          pct: c.pct,
        });
      },
    ),
    'days-before': row(
      'days-before',
      a.daysBefore,
      { value: a.daysBefore.value, unit: 'days' },
      { value: comparisonTime.totalDays, unit: 'days' },
      (d) => {
        const c = comparison(tr, d);
        return tr.t('check.explain.daysBefore', {
          before: a.daysBefore.value,
          comparisonNm: nm(bs.comparisonDistance.value),
          min: minDays,
          max: maxDays,
          viaEurope: bs.viaEuropeDays.value,
          total: days(comparisonTime.totalDays),
          model,
          cmp: c.cmp,
          pct: c.pct,
        });
      },
    ),
    'minister-distance': row(
      'minister-distance',
      bs.corridorDistance,
      { value: bs.corridorDistance.value, unit: 'nm' },
      { value: corridorNm, unit: 'nm' },
      (d) => {
        const c = comparison(tr, d);
        const v = comparison(tr, differencePct(variantNm, bs.corridorDistance.value));
        return tr.t('check.explain.ministerDistance', {
          ministerNm: nm(bs.corridorDistance.value),
          ministerKm: km(ministerKm),
          articleKm: km(articleKm),
          corridorNm: nm(corridorNm),
          cmp: c.cmp,
          pct: c.pct,
          variantNm: nm(variantNm),
          cmp2: v.cmp,
          pct2: v.pct,
          closest: closestTo(ministerKm, routes),
        });
      },
    ),
    'minister-comparison-distance': row(
      'minister-comparison-distance',
      bs.comparisonDistance,
      { value: bs.comparisonDistance.value, unit: 'nm' },
      { value: comparisonNm, unit: 'nm' },
      (d) => {
        const c = comparison(tr, d);
        return tr.t('check.explain.comparisonDistance', {
          comparisonNm: nm(comparisonNm),
          cmp: c.cmp,
          pct: c.pct,
          published: nm(bs.comparisonDistance.value),
        });
      },
    ),
  };
  return FIGURE_CHECK_IDS.map((id) => rows[id]);
}
