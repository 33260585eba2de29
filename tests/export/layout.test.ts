import { describe, expect, it } from 'vitest';
import { DATA_SOURCES } from '../../src/content/sources';
import { licenceText } from '../../src/lib/export/data-package';
import {
  layoutImage,
  type ImageInput,
  type ImageLayout,
  type LegendEntry,
  type Rect,
  type TextBlock,
} from '../../src/lib/export/layout';
import type { Measure } from '../../src/lib/export/text-wrap';
import { metresPerPixelAt } from '../../src/lib/export/scale-bar';
import { random } from '../random';

/** A monospace stand-in for canvas measureText: 0.6 em per character, 0.66 em in bold. */
const mono: Measure = (text, px, weight) =>
  Array.from(text).length * px * (weight === 'bold' ? 0.66 : 0.6);

/** A proportional one: narrow i/l/space, wide M/W/emoji, so no test leans on equal widths. */
const proportional: Measure = (text, px, weight) =>
  Array.from(text).reduce((sum, c) => {
    const em = /[ilI.,'’ ]/.test(c) ? 0.3 : /[MW@]/.test(c) ? 0.9 : c.length > 1 ? 1.2 : 0.58;
    return sum + em * px * (weight === 'bold' ? 1.1 : 1);
  }, 0);

const LEGEND: LegendEntry[] = [
  { label: 'Chennai–Vladivostok corridor', swatch: { kind: 'line', colour: '#c0392b' } },
  { label: 'Mumbai–St Petersburg via Suez', swatch: { kind: 'dashed', colour: '#2c3e50' } },
  { label: 'Corridor avoiding Malacca', swatch: { kind: 'dotted', colour: '#8e44ad' } },
  { label: "Russia's Far East regions", swatch: { kind: 'fill', colour: '#f1c40f' } },
  { label: 'Ports', swatch: { kind: 'dot', colour: '#34495e' } },
];
const FIGURES = [
  'Chennai–Vladivostok maritime corridor: 8,796 km · 4,749 nm · 16.1 days at 14.0 kn, including 2.0 days allowance',
  'Mumbai–St Petersburg via Suez (existing route): 14,213 km · 7,674 nm · 24.8 days at 14.0 kn, including 2.0 days allowance',
];
const SHORT_TITLE = 'The Chennai–Vladivostok corridor';
const LONG_TITLE =
  'Chennai → Vladivostok avoiding the Strait of Malacca and the Suez Canal, compared with ' +
  'the Mumbai → St Petersburg route via Suez, at 14 knots with a two-day allowance';
const ATTRIBUTION = licenceText(DATA_SOURCES);
const LINK = 'https://example.org/corridor-atlas/#map=3/35/110&view=corridor&claim=relos';

const SIZES = [
  [1280, 800],
  [390, 844],
  [800, 600],
  [320, 568],
] as const;

function input(over: Partial<ImageInput> = {}): ImageInput {
  return {
    width: 1280,
    height: 800,
    scale: 2,
    title: SHORT_TITLE,
    legend: LEGEND,
    attribution: ATTRIBUTION,
    link: LINK,
    metresPerPixel: metresPerPixelAt(35, 3),
    measure: mono,
    ...over,
  };
}

function blocks(layout: ImageLayout): TextBlock[] {
  return [
    layout.title,
    ...layout.legend.map((i) => i.label),
    ...layout.scaleBars.map((b) => b.label),
    layout.figures,
    layout.attribution,
    layout.link,
  ];
}

function rects(layout: ImageLayout): (Rect & { what: string })[] {
  return [
    ...blocks(layout).flatMap((b) => b.lines.map((l) => ({ ...l, what: `text "${l.text}"` }))),
    ...layout.legend.map((i) => ({ ...i.swatch, what: `swatch ${i.entry.label}` })),
    ...layout.scaleBars.map((b) => ({ ...b.bar, what: `${b.unit} bar` })),
  ];
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The guarantees every layout keeps, whatever its input. */
function expectGuarantees(inp: ImageInput, layout: ImageLayout): void {
  const margin = 16 * inp.scale;
  expect(layout.width).toBe(inp.width * inp.scale);
  expect(layout.map).toEqual({
    x: 0,
    y: 0,
    width: inp.width * inp.scale,
    height: inp.height * inp.scale,
  });
  expect(layout.footer).toEqual({
    x: 0,
    y: layout.map.height,
    width: layout.width,
    height: layout.height - layout.map.height,
  });
  for (const b of blocks(layout)) {
    for (const line of b.lines) {
      // Fits within the margins, measured with the caller's own measure.
      expect(line.width).toBe(inp.measure(line.text, b.fontPx, b.weight));
      expect(line.x).toBeGreaterThanOrEqual(margin);
      expect(line.x + line.width, line.text).toBeLessThanOrEqual(layout.width - margin + 1e-9);
      expect(line.height).toBeGreaterThanOrEqual(b.fontPx);
    }
  }
  const all = rects(layout);
  for (const r of all) {
    // In the footer, below the map, inside the margins.
    expect(r.y, r.what).toBeGreaterThanOrEqual(layout.map.height + margin);
    expect(r.y + r.height, r.what).toBeLessThanOrEqual(layout.height - margin);
    expect(r.x, r.what).toBeGreaterThanOrEqual(margin);
    expect(r.x + r.width, r.what).toBeLessThanOrEqual(layout.width - margin + 1e-9);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(overlaps(all[i]!, all[j]!), `${all[i]!.what} overlaps ${all[j]!.what}`).toBe(false);
    }
  }
  // The attribution is a licence requirement: all of it, in order, wrapped but never cut.
  const squash = (s: string) => s.replace(/\s+/g, '');
  expect(squash(layout.attribution.lines.map((l) => l.text).join(''))).toBe(
    squash(inp.attribution),
  );
  expect(squash(layout.link.lines.map((l) => l.text).join(''))).toBe(squash(inp.link));
  expect(layout.title.lines.length).toBeLessThanOrEqual(2);
  const [km, nm] = layout.scaleBars;
  expect(km!.unit).toBe('km');
  expect(nm!.unit).toBe('nm');
  expect(km!.bar.y).toBeLessThan(nm!.bar.y);
}

describe('layoutImage', () => {
  describe.each(SIZES)('at %i × %i CSS px', (width, height) => {
    it.each([
      ['a short title', SHORT_TITLE, undefined],
      ['a long title and figures', LONG_TITLE, FIGURES],
    ])(
      'keeps its guarantees with %s (also with a long attribution, proportional text)',
      (_, title, figures) => {
        const inp = input({ width, height, title, figures, measure: mono });
        expectGuarantees(inp, layoutImage(inp));
        const long = input({
          width,
          height,
          title,
          figures,
          attribution: `${ATTRIBUTION} `.repeat(4),
        });
        expectGuarantees(long, layoutImage(long));
        const prop = input({ width, height, title, figures, measure: proportional });
        expectGuarantees(prop, layoutImage(prop));
      },
    );
  });

  it('is 2,560 px wide for a 1280 × 800 desktop map, with a one-line title at full size', () => {
    const layout = layoutImage(input());
    expect(layout.width).toBe(2560);
    expect(layout.width).toBeGreaterThanOrEqual(1200);
    expect(layout.map).toEqual({ x: 0, y: 0, width: 2560, height: 1600 });
    expect(layout.title.lines.map((l) => l.text)).toEqual([SHORT_TITLE]);
    expect(layout.title.fontPx).toBe(40);
    expect(layout.title.weight).toBe('bold');
    // The legend sits at the left, the scale bars at the right edge.
    const right = Math.max(...layout.scaleBars.map((b) => b.bar.x + b.bar.width));
    expect(right).toBeGreaterThan(2560 - 32 - 200 - 1);
    expect(layout.legend.every((i) => i.swatch.x < layout.scaleBars[0]!.bar.x)).toBe(true);
    // Five legend entries fit on one row.
    expect(new Set(layout.legend.map((i) => i.swatch.y)).size).toBe(1);
  });

  it('wraps at phone size (390 × 844): 780 px wide, legend in rows, a taller footer', () => {
    const desktop = layoutImage(input({ title: LONG_TITLE, figures: FIGURES }));
    const phone = layoutImage(
      input({ width: 390, height: 844, title: LONG_TITLE, figures: FIGURES }),
    );
    expect(phone.width).toBe(780);
    expect(phone.map.height).toBe(1688);
    expect(new Set(phone.legend.map((i) => i.swatch.y)).size).toBeGreaterThan(1);
    expect(phone.attribution.lines.length).toBeGreaterThan(desktop.attribution.lines.length);
    expect(phone.figures.lines.length).toBeGreaterThan(FIGURES.length);
    expect(phone.footer.height).toBeGreaterThan(desktop.footer.height);
  });

  it('puts the scale bars under the legend on a map too narrow to share a row (200 px embed)', () => {
    const inp = input({ width: 200, height: 400, title: LONG_TITLE, figures: FIGURES });
    const layout = layoutImage(inp);
    expectGuarantees(inp, layout);
    const legendBottom = Math.max(
      ...layout.legend.flatMap((i) => i.label.lines.map((l) => l.y + l.height)),
    );
    expect(layout.scaleBars[0]!.label.lines[0]!.y).toBeGreaterThan(legendBottom);
    expect(layout.scaleBars[0]!.bar.x).toBe(32);
    // With room, they sit beside it instead.
    const wide = layoutImage(input({ width: 320, height: 568 }));
    expect(wide.scaleBars[0]!.label.lines[0]!.y).toBe(wide.legend[0]!.label.lines[0]!.y);
  });

  it('shrinks a title that needs more than two lines before it cuts one', () => {
    // 65 bold characters: 2 lines of 27 at 40 px in 716 px; 2 lines of 38 at 28 px.
    const title = 'Chennai to Vladivostok by the Sunda Strait, with Malacca closed';
    const layout = layoutImage(input({ width: 390, height: 844, title }));
    expect(layout.title.lines).toHaveLength(2);
    expect(layout.title.fontPx).toBeLessThan(40);
    expect(layout.title.fontPx).toBeGreaterThanOrEqual(28);
    expect(layout.title.lines.map((l) => l.text).join(' ')).toBe(title);
  });

  it('keeps a title that fits in two lines at full size', () => {
    const title = 'Chennai to Vladivostok by the Sunda Strait';
    const layout = layoutImage(input({ width: 390, height: 844, title }));
    expect(layout.title.fontPx).toBe(40);
    expect(layout.title.lines).toHaveLength(2);
  });

  it('cuts a title with an ellipsis only at the minimum size, as a last resort', () => {
    const title = 'Route '.repeat(80) + 'end';
    const layout = layoutImage(input({ width: 390, height: 844, title }));
    expect(layout.title.fontPx).toBe(28);
    expect(layout.title.lines).toHaveLength(2);
    expect(layout.title.lines[1]!.text.endsWith('…')).toBe(true);
    expect(layout.title.lines[0]!.text.endsWith('…')).toBe(false);
  });

  it('breaks words too long for a line (a URL, 500 characters without a space, emoji)', () => {
    const attribution = `Sources: ${'x'.repeat(500)} 🚢🚢🚢 ${'🌊'.repeat(200)}`;
    for (const [width, height] of SIZES) {
      const inp = input({ width, height, attribution, title: 'y'.repeat(500) });
      const layout = layoutImage(inp);
      expectGuarantees(inp, layout);
      // No emoji split into halves of a surrogate pair.
      for (const line of layout.attribution.lines)
        expect(line.text).not.toMatch(/[\uD800-\uDFFF]/u);
    }
  });

  it('breaks a link after its slashes and never splits a number from its unit', () => {
    const inp = input({
      width: 320,
      height: 568,
      figures: ['Corridor: 8,796\u00A0km · 4,749\u00A0nm · 16.1\u00A0days at 14.0\u00A0kn'],
    });
    const layout = layoutImage(inp);
    const link = layout.link.lines.map((l) => l.text);
    expect(link.length).toBeGreaterThan(1);
    for (const line of link.slice(0, -1)) expect(line).toMatch(/[/&?#=,.-]$/);
    const figures = layout.figures.lines.map((l) => l.text);
    expect(figures.length).toBeGreaterThan(1);
    for (const line of figures) expect(line).not.toMatch(/^(km|nm|days|kn)\b|\d$/);
  });

  it('puts figures between the legend and the attribution, and leaves them out when none', () => {
    const without = layoutImage(input());
    expect(without.figures.lines).toEqual([]);
    const withFigures = layoutImage(input({ figures: FIGURES }));
    const figuresTop = withFigures.figures.lines[0]!.y;
    const legendBottom = Math.max(
      ...withFigures.legend.flatMap((i) => i.label.lines.map((l) => l.y + l.height)),
      ...withFigures.scaleBars.flatMap((b) => b.label.lines.map((l) => l.y + l.height)),
    );
    expect(figuresTop).toBeGreaterThanOrEqual(legendBottom);
    expect(withFigures.attribution.lines[0]!.y).toBeGreaterThan(figuresTop);
    expect(withFigures.height).toBeGreaterThan(without.height);
  });

  it('draws scale bars for the map’s centre (35° N, zoom 3: 500 km and 300 nm)', () => {
    // 9,773.0 × cos 35° = 8,005.6 m per CSS px, 4,002.8 m per output px; 200 px hold 800.6 km
    // (→ 500 km, 124.9 px) and 432.3 nm (→ 300 nm, 138.8 px).
    const [km, nm] = layoutImage(input()).scaleBars;
    expect(km!.label.lines.map((l) => l.text)).toEqual(['500 km']);
    expect(km!.bar.width).toBeCloseTo(124.91, 2);
    expect(nm!.label.lines.map((l) => l.text)).toEqual(['300 nm']);
    expect(nm!.bar.width).toBeCloseTo(138.8, 2);
  });

  it('lays out an empty legend, title and link without leaving gaps for them', () => {
    const inp = input({ legend: [], title: '', link: '' });
    const layout = layoutImage(inp);
    expectGuarantees(inp, layout);
    expect(layout.scaleBars[0]!.label.lines[0]!.y).toBe(1600 + 32);
    expect(layout.height).toBe(
      layout.attribution.lines.at(-1)!.y + layout.attribution.lines.at(-1)!.height + 32,
    );
  });

  it('keeps its guarantees for random sizes, texts and legends (seeded)', () => {
    const rand = random(16);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const words = [
      'Chennai',
      'Vladivostok',
      'Strait',
      'of',
      'Malacca',
      '→',
      'km',
      '—',
      'Petropavlovsk-Kamchatsky',
      '🚢',
    ];
    const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
    for (let i = 0; i < 60; i++) {
      const inp = input({
        width: 200 + Math.floor(rand() * 1800),
        height: 400 + Math.floor(rand() * 800),
        scale: pick([1, 2, 3]),
        title: text(Math.floor(rand() * 40)),
        legend: Array.from({ length: Math.floor(rand() * 9) }, () => ({
          label: text(1 + Math.floor(rand() * 8)),
          swatch: {
            kind: pick(['line', 'dashed', 'dotted', 'fill', 'dot'] as const),
            colour: '#000',
          },
        })),
        figures: rand() < 0.5 ? [] : FIGURES.slice(0, 1 + Math.floor(rand() * 2)),
        attribution: `${ATTRIBUTION} `.repeat(1 + Math.floor(rand() * 4)),
        metresPerPixel: metresPerPixelAt(rand() * 160 - 80, rand() * 12),
        measure: pick([mono, proportional]),
      });
      expectGuarantees(inp, layoutImage(inp));
    }
  });

  it.each([
    { width: 0 },
    { height: -1 },
    { scale: 0 },
    { width: Number.NaN },
    { metresPerPixel: 0 },
  ])('throws RangeError for %o', (over) => {
    expect(() => layoutImage(input(over))).toThrow(RangeError);
  });
});
