/**
 * The map as an image with what the page draws over it in HTML: the rings at the places the open
 * claim relates to, and the claim markers, each with its leader line back to its place when it
 * stands aside, the open claim's dark ring and the muted ones' fading. Every shape, colour and
 * size is read from the page as laid out (claim-markers.css), so the image and the page share one
 * drawing. Used by the exported PNG (export-image.ts) and the printed sheet (print.ts).
 */
import { relativeTo } from '../../lib/screen/insets';
import type { MapView } from '../../state/map-view';

/** Draws with `scale` output pixels per CSS pixel, with positions from the map's top left. */
interface Pen {
  readonly g: CanvasRenderingContext2D;
  readonly scale: number;
  readonly origin: DOMRect;
}

/**
 * A category symbol (inline SVG on a 24×24 grid, src/ui/claims/claim-symbols.ts) drawn as the page
 * draws it: its paths, circles and ellipses, filled or stroked at its stroke width, in `colour`, in
 * a square of `size` output pixels at (x, y). The round caps and joins are claim-symbols.ts's too.
 */
export function drawSymbol(
  g: CanvasRenderingContext2D,
  svg: SVGSVGElement,
  box: { x: number; y: number; size: number },
  colour: string,
): void {
  const filled = svg.getAttribute('fill') !== 'none';
  const unit = box.size / 24;
  g.save();
  g.translate(box.x, box.y);
  g.scale(unit, unit);
  g.fillStyle = colour;
  g.strokeStyle = colour;
  g.lineWidth = Number(svg.getAttribute('stroke-width') ?? 1.9);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  for (const shape of svg.children) {
    const n = (name: string) => Number(shape.getAttribute(name) ?? 0);
    const path = new Path2D(shape.tagName === 'path' ? (shape.getAttribute('d') ?? '') : '');
    if (shape.tagName === 'circle') path.arc(n('cx'), n('cy'), n('r'), 0, 2 * Math.PI);
    if (shape.tagName === 'ellipse') {
      path.ellipse(n('cx'), n('cy'), n('rx'), n('ry'), 0, 0, 2 * Math.PI);
    }
    if (filled) g.fill(path);
    else g.stroke(path);
  }
  g.restore();
}

/** An element's box, output pixels from the map's top left. */
function boxOf({ scale, origin }: Pen, element: Element) {
  const r = relativeTo(element.getBoundingClientRect(), origin);
  const [left, top, width, height] = [r.left, r.top, r.right - r.left, r.bottom - r.top].map(
    (v) => v * scale,
  ) as [number, number, number, number];
  return { left, top, width, height, cx: left + width / 2, cy: top + height / 2 };
}

/**
 * A solid ring drawn by `box-shadow: 0 0 0 <spread> <colour>` (blur 0), outside the element's
 * edge: its colour and spread, px, or null for none. Only the first shadow can be one here.
 */
function shadowRing(style: CSSStyleDeclaration): { colour: string; spread: number } | null {
  const m = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px/.exec(style.boxShadow);
  return m ? { colour: m[1]!, spread: Number(m[2]) } : null;
}

/** A circle's outline of `width` output px whose outer edge is at radius `outer`. */
function ring(pen: Pen, cx: number, cy: number, outer: number, width: number, colour: string) {
  const { g } = pen;
  g.beginPath();
  g.arc(cx, cy, outer - width / 2, 0, 2 * Math.PI);
  g.lineWidth = width;
  g.strokeStyle = colour;
  g.stroke();
}

/** A place the open claim relates to: its ring (white halo, dark edge, pale fill) and its name. */
function drawPlace(pen: Pen, place: HTMLElement): void {
  const { g, scale } = pen;
  const ringEl = place.querySelector('.claim-place-ring');
  const name = place.querySelector<HTMLElement>('.claim-place-name');
  if (!ringEl || !name) return;
  const style = getComputedStyle(ringEl);
  const b = boxOf(pen, ringEl);
  const r = b.width / 2;
  g.save();
  const halo = shadowRing(style);
  if (halo) ring(pen, b.cx, b.cy, r + halo.spread * scale, halo.spread * scale, halo.colour);
  g.beginPath();
  g.arc(b.cx, b.cy, r, 0, 2 * Math.PI);
  g.fillStyle = style.backgroundColor;
  g.fill();
  ring(pen, b.cx, b.cy, r, parseFloat(style.borderTopWidth) * scale, style.borderTopColor);
  const label = getComputedStyle(name);
  const n = boxOf(pen, name);
  g.beginPath();
  g.roundRect(n.left, n.top, n.width, n.height, parseFloat(label.borderTopLeftRadius) * scale);
  g.fillStyle = label.backgroundColor;
  g.fill();
  g.font = `${parseFloat(label.fontSize) * scale}px ${label.fontFamily}`;
  g.fillStyle = label.color;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(name.textContent ?? '', n.cx, n.cy);
  g.restore();
}

/** The leader from a moved button back to its place: a faint line and a dot on the place. */
function drawLeader(pen: Pen, root: HTMLElement, button: HTMLElement): void {
  const svg = root.querySelector('.claim-leader');
  const line = svg?.querySelector('line');
  const dot = svg?.querySelector('circle');
  if (!svg || !line || !dot || getComputedStyle(svg).display === 'none') return;
  const { g, scale } = pen;
  // MapLibre puts the root, a zero-size box, on the place.
  const place = boxOf(pen, root);
  const end = boxOf(pen, button);
  const lineStyle = getComputedStyle(line);
  g.save();
  g.globalAlpha = Number(lineStyle.strokeOpacity);
  g.strokeStyle = lineStyle.stroke;
  g.lineWidth = parseFloat(lineStyle.strokeWidth) * scale;
  g.beginPath();
  g.moveTo(place.left, place.top);
  g.lineTo(end.cx, end.cy);
  g.stroke();
  g.globalAlpha = 1;
  const dotStyle = getComputedStyle(dot);
  g.beginPath();
  g.arc(place.left, place.top, Number(dot.getAttribute('r')) * scale, 0, 2 * Math.PI);
  g.fillStyle = dotStyle.fill;
  g.fill();
  g.lineWidth = parseFloat(dotStyle.strokeWidth) * scale;
  g.strokeStyle = dotStyle.stroke;
  g.stroke();
  g.restore();
}

/** A claim or cluster button: its disc, white edge, symbol or count, and the open one's ring. */
function drawButton(pen: Pen, button: HTMLElement): void {
  const { g, scale } = pen;
  const b = boxOf(pen, button);
  const style = getComputedStyle(button);
  // The page scales the open button up (transform): its ring grows with it.
  const grown = b.width / (button.offsetWidth * scale || 1);
  g.save();
  // A muted marker (another claim is open) is as faint as on the page. The page fades the button
  // as one piece, this each part: the symbol shows the disc faintly through it, unlike on screen.
  g.globalAlpha = Number(style.opacity);
  const open = shadowRing(style);
  if (open) {
    const width = open.spread * scale * grown;
    ring(pen, b.cx, b.cy, b.width / 2 + width, width, open.colour);
  }
  g.beginPath();
  g.arc(b.cx, b.cy, b.width / 2, 0, 2 * Math.PI);
  g.fillStyle = style.backgroundColor;
  g.fill();
  ring(
    pen,
    b.cx,
    b.cy,
    b.width / 2,
    parseFloat(style.borderTopWidth) * scale * grown,
    style.borderTopColor,
  );
  const symbol = button.querySelector<SVGSVGElement>('svg.claim-symbol');
  if (symbol) {
    const s = boxOf(pen, symbol);
    drawSymbol(g, symbol, { x: s.left, y: s.top, size: s.width }, getComputedStyle(symbol).color);
  }
  const count = button.querySelector('.claim-cluster-count')?.textContent;
  if (count) {
    g.font = `${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
    g.fillStyle = style.color;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(count, b.cx, b.cy);
  }
  g.restore();
}

/** What the page draws over the map, in its order: rings, then markers, the open one on top. */
function drawOverlays(pen: Pen, map: MapView): void {
  const container = map.container();
  for (const place of container.querySelectorAll<HTMLElement>('.claim-place:not([hidden])')) {
    drawPlace(pen, place);
  }
  const roots = [...container.querySelectorAll<HTMLElement>('.claim-marker:not([hidden])')]
    .filter((root) => !root.classList.contains('is-off-map'))
    .sort(
      (a, b) => Number(a.classList.contains('is-open')) - Number(b.classList.contains('is-open')),
    );
  for (const root of roots) {
    const button = root.querySelector<HTMLElement>('.claim-marker-button');
    const b = button && boxOf(pen, button);
    if (!button || !b || b.width === 0) continue;
    drawLeader(pen, root, button);
    drawButton(pen, button);
  }
}

/**
 * The map as drawn, with what sits over it, at `scale` device pixels per CSS pixel (synchronous:
 * usable while the page prepares to print).
 */
export function mapImage(map: MapView, scale: number): HTMLCanvasElement {
  const canvas = map.snapshot(scale);
  const g = canvas.getContext('2d');
  const container = map.container();
  const pen = {
    scale: canvas.width / container.clientWidth,
    origin: container.getBoundingClientRect(),
  };
  if (g) drawOverlays({ ...pen, g }, map);
  return canvas;
}
