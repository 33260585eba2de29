/**
 * How much of the map's edges things on top of it cover: the side panel or the tour's card, the
 * legend, the map's own controls. Framing (fitBounds padding) and marker placement keep content
 * clear of them. Pure: rectangles in, insets out.
 */
import type { ScreenRect } from './types';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Readonly<Insets> = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/**
 * `rect` in the pixels of a box whose top-left corner is at `origin`, both measured in the page
 * (getBoundingClientRect): how everything over the map is put into the map's own pixels.
 */
export function relativeTo(rect: ScreenRect, origin: { left: number; top: number }): ScreenRect {
  return {
    left: rect.left - origin.left,
    top: rect.top - origin.top,
    right: rect.right - origin.left,
    bottom: rect.bottom - origin.top,
  };
}

/** A cover closer than this to an edge of the map counts as sitting on that edge, px. */
const EDGE_PX = 24;

/**
 * The insets that keep a `width` × `height` map clear of `covers` (rectangles in the map's own
 * pixels). Each cover that sits on an edge of the map claims that edge's strip, up to its far
 * side; where it sits on two edges (a corner), the narrower strip is taken. A cover across more
 * than half the map's width claims the top or the bottom (the nearer, even off the edge), one
 * across more than half its height the left or the right, one across more than half of both the
 * edge it sits on that hides the smallest share of the map; small covers in the middle of the
 * map, and empty ones, claim nothing.
 */
export function coveredInsets(
  width: number,
  height: number,
  covers: readonly ScreenRect[],
): Insets {
  const insets = { ...NO_INSETS };
  for (const r of covers) {
    if (r.right <= r.left || r.bottom <= r.top) continue;
    if (r.right <= 0 || r.left >= width || r.bottom <= 0 || r.top >= height) continue;
    // A wide cover (a bottom sheet, the attribution bar) claims the top or the bottom; a tall
    // one (the side panel) the left or the right; a small one the edge it sits on.
    const wide = r.right - r.left > width / 2;
    const tall = r.bottom - r.top > height / 2;
    const candidates: [keyof Insets, number][] = [];
    if (!wide && r.left <= EDGE_PX) candidates.push(['left', r.right]);
    if (!wide && r.right >= width - EDGE_PX) candidates.push(['right', width - r.left]);
    if (!tall && r.top <= EDGE_PX) candidates.push(['top', r.bottom]);
    if (!tall && r.bottom >= height - EDGE_PX) candidates.push(['bottom', height - r.top]);
    // A wide card floating off the edges (above the attribution in an embed) still hides what
    // lies between it and the nearer edge.
    if (candidates.length === 0 && wide && !tall) {
      candidates.push(r.top < height - r.bottom ? ['top', r.bottom] : ['bottom', height - r.top]);
    }
    if (candidates.length === 0 && tall && !wide) {
      candidates.push(r.left < width - r.right ? ['left', r.right] : ['right', width - r.left]);
    }
    // A cover both wide and tall (a phone's bottom sheet pulled up past the middle) claims the
    // edge it sits on that leaves the most of the map, by share of the map's width or height.
    const share = ([side, size]: [keyof Insets, number]) =>
      size / (side === 'left' || side === 'right' ? width : height);
    if (wide && tall) {
      if (r.top <= EDGE_PX) candidates.push(['top', r.bottom]);
      if (r.bottom >= height - EDGE_PX) candidates.push(['bottom', height - r.top]);
      if (r.left <= EDGE_PX) candidates.push(['left', r.right]);
      if (r.right >= width - EDGE_PX) candidates.push(['right', width - r.left]);
    }
    if (candidates.length === 0) continue;
    const [side, size] = candidates.reduce((a, b) =>
      wide && tall ? (share(b) < share(a) ? b : a) : b[1] < a[1] ? b : a,
    );
    insets[side] = Math.max(
      insets[side],
      Math.min(size, side === 'left' || side === 'right' ? width : height),
    );
  }
  return insets;
}
