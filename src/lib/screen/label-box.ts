/**
 * Where a point label's text lies on screen, from its point and side, as MapLibre lays out one
 * line of text with `text-anchor` and `text-radial-offset` (its symbol/shaping.ts and
 * style_layer/variable_text_anchor.ts, maplibre-gl 6.17): the radial offset runs from the point
 * to the text's nearest edge; a line is 1.2 em high; above and below, MapLibre measures the
 * offset from the baseline and takes 7/24 em off it.
 */
import type { LabelAnchor } from '../style/point-labels';
import type { ScreenPoint, ScreenRect } from './types';

const LINE_EM = 1.2;
const BASELINE_EM = 7 / 24;

/**
 * The box of a one-line label: its text `widthPx` wide at `sizePx`, written on the `anchor` side
 * of `point`, `offsetEm` away.
 */
export function labelBox(
  point: ScreenPoint,
  anchor: LabelAnchor,
  text: { readonly widthPx: number; readonly sizePx: number },
  offsetEm: number,
): ScreenRect {
  const { widthPx, sizePx } = text;
  const gap = offsetEm * sizePx;
  const height = LINE_EM * sizePx;
  const vertical = gap - BASELINE_EM * sizePx;
  switch (anchor) {
    case 'left':
      return box(point.x + gap, point.y - height / 2, widthPx, height);
    case 'right':
      return box(point.x - gap - widthPx, point.y - height / 2, widthPx, height);
    case 'top':
      return box(point.x - widthPx / 2, point.y + vertical, widthPx, height);
    case 'bottom':
      return box(point.x - widthPx / 2, point.y - vertical - height, widthPx, height);
  }
}

const box = (left: number, top: number, width: number, height: number): ScreenRect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** The area two rectangles share, px² (0 when they do not meet). */
export function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
