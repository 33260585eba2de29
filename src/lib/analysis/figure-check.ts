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
import { formatDays, formatKm, formatKnots, formatNm, formatPct } from './format';
import { impliedKnots, transitDays } from './transit';
import { kmToNm, nmToKm } from './units';

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

const ROUTE = {
  corridor: 'the route via Malacca',
  variant: 'the route avoiding Malacca (via Sunda or Lombok)',
  comparison:
    'Mumbai–St Petersburg route via the Suez Canal, Gibraltar, the English Channel and the Baltic',
} as const;

/** Percentage difference of a computed value from a claimed one: (computed − claimed) ÷ claimed × 100. */
export function differencePct(computed: number, claimed: number): number {
  if (!Number.isFinite(claimed) || claimed === 0) {
    throw new RangeError(`claimed must be a finite, non-zero number, got ${claimed}`);
  }
  return ((computed - claimed) / claimed) * 100;
}

/** "6.5% shorter", "1.2% longer", or "the same" when the difference rounds to 0.0%. */
function relative(pct: number, less: string, more: string): string {
  const magnitude = formatPct(Math.abs(pct), { signed: false });
  if (magnitude === '0.0%') return 'the same';
  return `${magnitude} ${pct < 0 ? less : more}`;
}

/** `relative` followed by its comparison word: "6.5% shorter than" or "the same as". */
function relativeTo(pct: number, less: string, more: string): string {
  const words = relative(pct, less, more);
  return `${words} ${words === 'the same' ? 'as' : 'than'}`;
}

function closestTo(claimedKm: number, routes: { name: string; km: number }[]): string {
  const [best] = [...routes].sort(
    (a, b) => Math.abs(a.km - claimedKm) - Math.abs(b.km - claimedKm),
  );
  return best?.name ?? '';
}

function requireLength(name: string, km: number): void {
  if (!Number.isFinite(km) || km <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${km}`);
  }
}

/** One row per published route number: claimed vs computed, difference in %, and a sentence. */
export function checkArticleFigures(inputs: FigureCheckInputs): FigureCheckRow[] {
  const { corridorKm, variantKm, comparisonKm, knots, allowanceDays } = inputs;
  requireLength('corridorKm', corridorKm);
  requireLength('variantKm', variantKm);
  requireLength('comparisonKm', comparisonKm);
  const corridorNm = kmToNm(corridorKm);
  const variantNm = kmToNm(variantKm);
  const comparisonNm = kmToNm(comparisonKm);
  const corridorTime = transitDays({ nm: corridorNm, knots, allowanceDays });
  const comparisonTime = transitDays({ nm: comparisonNm, knots, allowanceDays });
  const model = `${formatKnots(knots)} at sea plus ${formatDays(allowanceDays)} in port and canals`;
  const a = ARTICLE_FIGURES;
  const bs = BUSINESS_STANDARD_FIGURES;

  const row = (
    id: FigureCheckId,
    label: string,
    source: PublishedFigure,
    claimed: Quantity,
    computed: Quantity,
    explain: (diff: number) => string,
  ): FigureCheckRow => {
    const diff = differencePct(computed.value, claimed.value);
    return {
      id,
      label,
      claimed,
      computed,
      differencePct: diff,
      explanation: explain(diff),
      source,
    };
  };

  const routes = [
    { name: ROUTE.corridor, km: corridorKm },
    { name: ROUTE.variant, km: variantKm },
  ];
  const articleKm = a.distance.value;
  const claimedKnots = impliedKnots({ km: articleKm, days: a.days.value });
  const modelKnots = corridorNm / (corridorTime.totalDays * 24);
  const ministerKm = nmToKm(bs.corridorDistance.value);
  const [minDays, maxDays] = bs.comparisonDays.range ?? [
    bs.comparisonDays.value,
    bs.comparisonDays.value,
  ];
  const comparisonRange = `${minDays} to ${maxDays}`;

  const rows: Record<FigureCheckId, FigureCheckRow> = {
    distance: row(
      'distance',
      'Route length',
      a.distance,
      { value: articleKm, unit: 'km' },
      { value: corridorKm, unit: 'km' },
      (d) =>
        `Computed along sea lanes, ${ROUTE.corridor} measures ${formatKm(corridorKm)}, ${relativeTo(d, 'shorter', 'longer')} the published ≈${formatKm(articleKm)}, while ${ROUTE.variant} measures ${formatKm(variantKm)} (${relative(differencePct(variantKm, articleKm), 'shorter', 'longer')}), so the published figure is closest to ${closestTo(articleKm, routes)}.`,
    ),
    days: row(
      'days',
      'Shipping time with the corridor',
      a.days,
      { value: a.days.value, unit: 'days' },
      { value: corridorTime.totalDays, unit: 'days' },
      (d) =>
        `At ${model}, the computed ${formatNm(corridorNm)} route via Malacca takes ${formatDays(corridorTime.totalDays)} (${formatDays(corridorTime.seaDays)} at sea), ${relativeTo(d, 'less', 'more')} the published roughly ${a.days.value} days.`,
    ),
    'implied-speed': row(
      'implied-speed',
      'Average speed implied by the article',
      a.days,
      { value: claimedKnots, unit: 'kn' },
      { value: modelKnots, unit: 'kn' },
      (d) =>
        `Covering ${formatKm(articleKm)} in ${a.days.value} days means averaging ${formatKnots(claimedKnots)} door to door, while this model (${model}, over ${formatKm(corridorKm)}) averages ${formatKnots(modelKnots)} door to door, ${relative(d, 'slower', 'faster')}.`,
    ),
    'days-before': row(
      'days-before',
      'Shipping time before the corridor',
      a.daysBefore,
      { value: a.daysBefore.value, unit: 'days' },
      { value: comparisonTime.totalDays, unit: 'days' },
      (d) =>
        `The article does not name the route behind its ${a.daysBefore.value} days; Business Standard (PTI, 18 Nov 2024) gives the ${formatNm(bs.comparisonDistance.value)} Mumbai–St Petersburg route as today's trade route (around ${comparisonRange} days; more than ${bs.viaEuropeDays.value} days from India to Far East Russia via Europe), which this model sails in ${formatDays(comparisonTime.totalDays)} at ${model}, ${relativeTo(d, 'less', 'more')} ${a.daysBefore.value} days — a comparison between different port pairs, not the same voyage made faster.`,
    ),
    'minister-distance': row(
      'minister-distance',
      'Route length (Business Standard, 2024)',
      bs.corridorDistance,
      { value: bs.corridorDistance.value, unit: 'nm' },
      { value: corridorNm, unit: 'nm' },
      (d) =>
        `Business Standard's ≈${formatNm(bs.corridorDistance.value)} (${formatKm(ministerKm)}; the article gives ${formatKm(articleKm)}) compare with ${formatNm(corridorNm)} computed via Malacca (${relative(d, 'shorter', 'longer')}) and ${formatNm(variantNm)} avoiding Malacca (${relative(differencePct(variantNm, bs.corridorDistance.value), 'shorter', 'longer')}), so the figure is closest to ${closestTo(ministerKm, routes)}.`,
    ),
    'minister-comparison-distance': row(
      'minister-comparison-distance',
      'Mumbai–St Petersburg length (Business Standard, 2024)',
      bs.comparisonDistance,
      { value: bs.comparisonDistance.value, unit: 'nm' },
      { value: comparisonNm, unit: 'nm' },
      (d) =>
        `Computed along sea lanes, the ${ROUTE.comparison} measures ${formatNm(comparisonNm)}, ${relativeTo(d, 'shorter', 'longer')} Business Standard's ${formatNm(bs.comparisonDistance.value)}.`,
    ),
  };
  return FIGURE_CHECK_IDS.map((id) => rows[id]);
}
