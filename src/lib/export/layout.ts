/**
 * Where everything goes on the exported image, in output pixels: the map on top at `scale` times
 * its CSS size, then a footer below it (so nothing covers the map) with the title, the legend
 * beside the scale bars, the route figures, the attribution and the link. Text is measured by a
 * function the caller passes (canvas `measureText` in the browser), which keeps this pure.
 */
import type { CategoryId } from '../../content/claim-types';
import { scaleBar, type ScaleUnit } from './scale-bar';
import type { Tr } from '../analysis/format';
import { ellipsize, wrap, type Font, type FontWeight, type Measure } from './text-wrap';

/**
 * How a legend entry is drawn: a line (plain, dashed, dotted), a filled box, a dot, or a claim
 * category's `badge` (its marker: the category's symbol in white on its colour, drawn a little
 * taller than the swatch box, within the line's height).
 */
type Swatch =
  | { readonly kind: 'line' | 'dashed' | 'dotted' | 'fill' | 'dot'; readonly colour: string }
  | { readonly kind: 'badge'; readonly colour: string; readonly category: CategoryId };
export interface LegendEntry {
  readonly label: string;
  readonly swatch: Swatch;
}

export interface ImageInput {
  /** The map's CSS size. */
  readonly width: number;
  readonly height: number;
  /** Output pixels per CSS pixel (2 for the download). */
  readonly scale: number;
  readonly title: string;
  readonly legend: readonly LegendEntry[];
  /** Route figure lines (csv.ts `figureLine`), when a route is shown. */
  readonly figures?: readonly string[];
  /** Every source with its licence (data-package.ts `licenceText`); wrapped, never cut. */
  readonly attribution: string;
  readonly link: string;
  /** Ground metres per CSS pixel at the map’s centre (the map measures it: src/map/snapshot.ts). */
  readonly metresPerPixel: number;
  readonly measure: Measure;
  /** The language of the scale bars' units (English by default). */
  readonly tr?: Tr;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
/** One line of text: its box (width as measured, height the line height) and its text. */
interface TextLine extends Rect {
  readonly text: string;
}
export interface TextBlock {
  readonly fontPx: number;
  readonly weight: FontWeight;
  readonly lines: readonly TextLine[];
}
interface LegendItemLayout {
  readonly entry: LegendEntry;
  readonly swatch: Rect;
  readonly label: TextBlock;
}
interface ScaleBarLayout {
  readonly unit: ScaleUnit;
  /** The bar's box; its width is the labelled length. */
  readonly bar: Rect;
  readonly label: TextBlock;
}
export interface ImageLayout {
  /** The canvas: width × scale wide. */
  readonly width: number;
  readonly height: number;
  /** Where the map image goes: the whole width, height × scale tall, at the top. */
  readonly map: Rect;
  readonly footer: Rect;
  readonly title: TextBlock;
  readonly legend: readonly LegendItemLayout[];
  /** km above nm. */
  readonly scaleBars: readonly ScaleBarLayout[];
  readonly figures: TextBlock;
  readonly attribution: TextBlock;
  readonly link: TextBlock;
}

/** Sizes in CSS pixels; multiplied by the scale. */
const CSS = {
  margin: 16,
  gap: 10,
  smallGap: 4,
  titleMax: 20,
  titleMin: 14,
  body: 13,
  small: 11,
  swatchWidth: 24,
  swatchHeight: 12,
  swatchGap: 6,
  itemGap: 16,
  /** MapLibre's ScaleControl default maxWidth. */
  scaleMax: 100,
  barHeight: 6,
  columnGap: 24,
} as const;
const LINE_HEIGHT = 1.3;
const TITLE_LINES = 2;

function lineHeight(px: number): number {
  return Math.ceil(px * LINE_HEIGHT);
}

/** Lines stacked from (x, y), each box as wide as its measured text. */
function block(
  lines: readonly string[],
  x: number,
  y: number,
  font: Font,
  measure: Measure,
): TextBlock {
  const h = lineHeight(font.px);
  return {
    fontPx: font.px,
    weight: font.weight,
    lines: lines.map((text, i) => ({
      text,
      x,
      y: y + i * h,
      width: measure(text, font.px, font.weight),
      height: h,
    })),
  };
}

function blockHeight(b: TextBlock): number {
  return b.lines.length * lineHeight(b.fontPx);
}

/** The title at the largest size that fits in two lines, else the minimum size, cut with "…". */
function titleLines(title: string, maxWidth: number, max: number, min: number, measure: Measure) {
  for (let px = max; ; px--) {
    const font: Font = { px, weight: 'bold' };
    const lines = wrap(title, maxWidth, font, measure);
    if (lines.length <= TITLE_LINES || px <= min) {
      return { font, lines: ellipsize(lines, TITLE_LINES, maxWidth, font, measure) };
    }
  }
}

/** Legend items flowing left to right in rows within [x, x + width]; labels wrap if needed. */
function legendFlow(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  width: number,
  px: (css: number) => number,
  measure: Measure,
) {
  const font: Font = { px: px(CSS.body), weight: 'normal' };
  const lh = lineHeight(font.px);
  const swatchWidth = px(CSS.swatchWidth);
  const swatchHeight = px(CSS.swatchHeight);
  const labelX = swatchWidth + px(CSS.swatchGap);
  const items: LegendItemLayout[] = [];
  let cx = x;
  let cy = y;
  let rowHeight = 0;
  for (const entry of entries) {
    const lines = wrap(entry.label, width - labelX, font, measure);
    const itemWidth = labelX + Math.max(0, ...lines.map((l) => measure(l, font.px, font.weight)));
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += rowHeight + px(CSS.smallGap);
      rowHeight = 0;
    }
    items.push({
      entry,
      swatch: { x: cx, y: cy + (lh - swatchHeight) / 2, width: swatchWidth, height: swatchHeight },
      label: block(lines, cx + labelX, cy, font, measure),
    });
    cx += itemWidth + px(CSS.itemGap);
    rowHeight = Math.max(rowHeight, lines.length * lh, lh);
  }
  return { items, height: items.length > 0 ? cy + rowHeight - y : 0 };
}

/** The km and nm bars, sharing a left end: km label, km bar, nm bar, nm label. */
function scaleColumn(
  input: ImageInput,
  x: number,
  y: number,
  maxWidth: number,
  px: (css: number) => number,
) {
  const font: Font = { px: px(CSS.small), weight: 'normal' };
  const barHeight = px(CSS.barHeight);
  const metresPerOutputPx = input.metresPerPixel / input.scale;
  const barMax = Math.min(px(CSS.scaleMax), maxWidth);
  const km = scaleBar(metresPerOutputPx, barMax, 'km', input.tr);
  const nm = scaleBar(metresPerOutputPx, barMax, 'nm', input.tr);
  const kmLabel = block(wrap(km.label, maxWidth, font, input.measure), x, y, font, input.measure);
  const kmBarY = y + blockHeight(kmLabel);
  const nmBarY = kmBarY + barHeight + px(CSS.smallGap);
  const nmLabelY = nmBarY + barHeight;
  const nmLabel = block(
    wrap(nm.label, maxWidth, font, input.measure),
    x,
    nmLabelY,
    font,
    input.measure,
  );
  const bars: ScaleBarLayout[] = [
    { unit: 'km', bar: { x, y: kmBarY, width: km.widthPx, height: barHeight }, label: kmLabel },
    { unit: 'nm', bar: { x, y: nmBarY, width: nm.widthPx, height: barHeight }, label: nmLabel },
  ];
  const width = Math.max(
    ...bars.flatMap((b) => [b.bar.width, ...b.label.lines.map((l) => l.width)]),
  );
  return { bars, width, height: nmLabelY + blockHeight(nmLabel) - y };
}

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

/** Lays out the exported image; every text line fits within the margins and nothing overlaps. */
export function layoutImage(input: ImageInput): ImageLayout {
  requirePositive('width', input.width);
  requirePositive('height', input.height);
  requirePositive('scale', input.scale);
  const px = (css: number) => Math.round(css * input.scale);
  const { measure } = input;
  const width = Math.round(input.width * input.scale);
  const mapHeight = Math.round(input.height * input.scale);
  const margin = px(CSS.margin);
  const left = margin;
  const inner = width - 2 * margin;
  let y = mapHeight + margin;
  let bottom = y;
  /** Moves below a block, leaving a gap before the next if the block had any height. */
  const advance = (height: number, gap = px(CSS.gap)) => {
    if (height <= 0) return;
    bottom = y + height;
    y = bottom + gap;
  };

  const t = titleLines(input.title, inner, px(CSS.titleMax), px(CSS.titleMin), measure);
  const title = block(t.lines, left, y, t.font, measure);
  advance(blockHeight(title));

  // Scale bars at the right of the legend, or under it where that would leave the legend less
  // than half the width (maps under about 280 CSS px wide).
  const probe = scaleColumn(input, 0, 0, inner, px);
  const besideWidth = inner - probe.width - px(CSS.columnGap);
  const beside = besideWidth >= inner / 2;
  const legend = legendFlow(input.legend, left, y, beside ? besideWidth : inner, px, measure);
  const below = legend.height > 0 ? legend.height + px(CSS.gap) : 0;
  const scale = beside
    ? scaleColumn(input, left + inner - probe.width, y, inner, px)
    : scaleColumn(input, left, y + below, inner, px);
  advance(beside ? Math.max(legend.height, scale.height) : below + scale.height);

  const body: Font = { px: px(CSS.body), weight: 'normal' };
  const figureLines = (input.figures ?? []).flatMap((f) => wrap(f, inner, body, measure));
  const figures = block(figureLines, left, y, body, measure);
  advance(blockHeight(figures));

  const small: Font = { px: px(CSS.small), weight: 'normal' };
  const attribution = block(
    wrap(input.attribution, inner, small, measure),
    left,
    y,
    small,
    measure,
  );
  advance(blockHeight(attribution), px(CSS.smallGap));
  const link = block(wrap(input.link, inner, small, measure), left, y, small, measure);
  advance(blockHeight(link));

  const height = bottom + margin;
  return {
    width,
    height,
    map: { x: 0, y: 0, width, height: mapHeight },
    footer: { x: 0, y: mapHeight, width, height: height - mapHeight },
    title,
    legend: legend.items,
    scaleBars: scale.bars,
    figures,
    attribution,
    link,
  };
}
