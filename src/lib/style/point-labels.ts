/**
 * How the map writes its point labels: cities, ports and chokepoints. One place for their sizes,
 * gaps and sides, read by the style (basemap.ts, overlays.ts), by the data build that fixes each
 * label's side (scripts/build-label-anchors.ts) and by the claim markers, which keep off the
 * labels (src/ui/claims).
 *
 * Each label has one side, fixed in its feature's `anchor` property by the data build (issue #26).
 * MapLibre's `text-variable-anchor` chose a side at run time and then kept the first side it had
 * chosen, so a label's side depended on the order the tiles arrived in and on where the map had
 * been before: the same link drew different maps.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * MapLibre's `text-anchor`: the part of the text that sits at the point, so `left` puts the text
 * to the right of its point and `top` below it.
 */
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

export interface PointLabelStyle {
  /** Text size, px: [zoom, px] stops, linear between them (one stop: a constant size). */
  readonly size: readonly (readonly [zoom: number, px: number])[];
  /** Gap from the point to the text's nearest edge, in ems (MapLibre's `text-radial-offset`). */
  readonly offsetEm: number;
  /** The face, as named in ids.ts FONTS. */
  readonly face: 'regular' | 'semibold' | 'italic';
  /** The sides the data build may give the label, most preferred first. */
  readonly anchors: readonly LabelAnchor[];
  /** The zoom the layer shows from (a feature may set a higher one: its `minzoom`). */
  readonly minzoom: number;
  /** The label's dot, px: the circle layers draw it so, and other labels keep off it. */
  readonly dot: { readonly radius: number; readonly stroke: number };
}

/** Right of the dot first, then left, below and above: how MapLibre's own examples order them. */
const ALL_SIDES: readonly LabelAnchor[] = ['left', 'right', 'top', 'bottom'];

const citySize = [
  [2, 10.5],
  [7, 13],
] as const;

/** Basemap cities (a capital's name in semibold, its dot larger). */
export const CITY_LABEL: PointLabelStyle = {
  size: citySize,
  offsetEm: 0.45,
  face: 'regular',
  anchors: ALL_SIDES,
  minzoom: 0,
  dot: { radius: 2.4, stroke: 0.8 },
};
export const CAPITAL_LABEL: PointLabelStyle = {
  ...CITY_LABEL,
  face: 'semibold',
  dot: { radius: 3.2, stroke: 1.2 },
};

/** The ports that end a drawn route: large, in the corridor's colour. */
export const LEAD_PORT_LABEL: PointLabelStyle = {
  size: [[0, 14]],
  offsetEm: 0.9,
  face: 'semibold',
  // Never above the dot: a claim marker on a lead port stands there (src/ui/claims).
  anchors: ['left', 'right', 'top'],
  minzoom: 0,
  dot: { radius: 6, stroke: 2.5 },
};
export const PORT_LABEL: PointLabelStyle = {
  ...LEAD_PORT_LABEL,
  size: [[0, 11.5]],
  offsetEm: 0.6,
  face: 'regular',
  dot: { radius: 3.5, stroke: 1.5 },
};

/** Straits and canals: left of the dot first, so the name reads into the passage's approach. */
export const CHOKEPOINT_LABEL: PointLabelStyle = {
  size: [[0, 11.5]],
  offsetEm: 0.7,
  face: 'italic',
  anchors: ['right', 'left', 'top', 'bottom'],
  minzoom: 2,
  dot: { radius: 4, stroke: 2 },
};

/** The label's text size at `zoom`, px. */
export function sizeAt({ size }: PointLabelStyle, zoom: number): number {
  const first = size[0]!;
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < size.length; i++) {
    const [z1, px1] = size[i]!;
    const [z0, px0] = size[i - 1]!;
    if (zoom <= z1) return px0 + ((px1 - px0) * (zoom - z0)) / (z1 - z0);
  }
  return size[size.length - 1]![1];
}

/** The label's `text-size` as a style value. */
export function sizeValue({ size }: PointLabelStyle): number | ExpressionSpecification {
  if (size.length === 1) return size[0]![1];
  return ['interpolate', ['linear'], ['zoom'], ...size.flat()] as ExpressionSpecification;
}

/** The label's `text-anchor`: its feature's fixed side, or the first preferred one without it. */
export function anchorValue({ anchors }: PointLabelStyle): ExpressionSpecification {
  return ['coalesce', ['get', 'anchor'], anchors[0]!];
}

/**
 * The basemap cities a lead port names itself, so the city layer leaves them out: the ports'
 * names, and Natural Earth's "St. Petersburg" for the catalogue's "St Petersburg".
 */
export function cityNamesOfPorts(portNames: readonly string[]): string[] {
  return portNames.flatMap((name) => [name, name.replace(/^St /, 'St. ')]);
}
