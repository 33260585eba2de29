/**
 * The claim categories' symbols, drawn as inline SVG in `currentColor`, so a category is told
 * apart by shape as well as colour (WCAG 1.4.1). Built with createElementNS: no markup strings.
 */
import './claim-symbols.css';
import { CATEGORIES } from '../../content/claims';
import type { CategoryId, MarkerSymbol } from '../../content/claim-types';
import { h } from '../frame/dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Shape = readonly [tag: 'path' | 'circle' | 'ellipse', attrs: Record<string, number | string>];

// Our own drawings on a 24×24 grid; `fill` shapes are solid, the others are strokes.
const SHAPES: Record<MarkerSymbol, { fill: boolean; shapes: readonly Shape[] }> = {
  shield: {
    fill: true,
    shapes: [
      ['path', { d: 'M12 2.5 19.5 5.5V11c0 4.8-3.2 8.6-7.5 10.5C7.7 19.6 4.5 15.8 4.5 11V5.5Z' }],
    ],
  },
  anchor: {
    fill: false,
    shapes: [
      ['circle', { cx: 12, cy: 5, r: 2.2 }],
      ['path', { d: 'M12 7.2V20.5M7.5 10.5h9' }],
      ['path', { d: 'M4.5 13c.5 4.6 3.6 7.5 7.5 7.5s7-2.9 7.5-7.5' }],
      ['path', { d: 'M2.8 14.8 4.5 12.6l2.2 1.7M21.2 14.8l-1.7-2.2-2.2 1.7' }],
    ],
  },
  coin: {
    fill: false,
    shapes: [
      ['ellipse', { cx: 12, cy: 6.5, rx: 7.5, ry: 3 }],
      ['path', { d: 'M4.5 6.5v5c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3v-5' }],
      ['path', { d: 'M4.5 11.5v5c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3v-5' }],
    ],
  },
  handshake: {
    fill: false,
    shapes: [
      // Two cuffs, the right hand over the top, the left hand's fingers curled beneath.
      ['path', { d: 'M1.5 9.5 4 8l4 7-2.5 1.5zM22.5 9.5 20 8l-4 7 2.5 1.5z' }],
      [
        'path',
        { d: 'M19.5 9 15.2 7.2a2.5 2.5 0 0 0-2.3.2L9.3 9.9a1.2 1.2 0 0 0 1.4 1.9l2.6-1.6 4.2 4.3' },
      ],
      ['path', { d: 'M4.6 9.2 8.9 7.6' }],
      [
        'path',
        {
          d:
            'M7 14.5l2.2 2.1a1 1 0 0 0 1.5-1.3l-1-1M10.7 15.3l1.4 1.3a1 1 0 0 0 1.5-1.3l-1.2-1.2' +
            'M13.6 15.3l.8.7a1 1 0 0 0 1.5-1.3',
        },
      ],
    ],
  },
};

/** An SVG drawing of a symbol, decorative (hidden from screen readers: the label says it). */
export function symbolSvg(symbol: MarkerSymbol, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const { fill, shapes } = SHAPES[symbol];
  const attrs: Record<string, string | number> = {
    viewBox: '0 0 24 24',
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'claim-symbol',
    fill: fill ? 'currentColor' : 'none',
    stroke: fill ? 'none' : 'currentColor',
    'stroke-width': 1.9,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  for (const [key, value] of Object.entries(attrs)) svg.setAttribute(key, String(value));
  for (const [tag, shapeAttrs] of shapes) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(shapeAttrs)) el.setAttribute(key, String(value));
    svg.appendChild(el);
  }
  return svg;
}

/** A category's badge as the map draws it: its symbol in white on its colour. */
export function categoryBadge(category: CategoryId, size = 22): HTMLElement {
  const { colour, symbol } = CATEGORIES[category];
  return h(
    'span',
    { class: 'claim-badge', style: `--claim-colour: ${colour}; --badge-size: ${size}px` },
    symbolSvg(symbol, Math.round(size * 0.68)),
  );
}
