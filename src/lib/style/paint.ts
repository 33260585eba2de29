/**
 * Paint shared by layers of one type. MapLibre compiles one shader program per combination of
 * paint properties that are constant or zoom-only (uniforms) or read from the features
 * (attributes); giving every circle layer, and every fill layer, the same data-driven properties
 * lets them share one program per type, which on a software GPU saves compiles that block the
 * main thread (issue #13). The look is unchanged: a constant written per feature is the same
 * constant.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';

type Value = number | string | ExpressionSpecification;

/** A constant written as an expression that reads the feature (so it binds as an attribute). */
const perFeature = (value: number | string): ExpressionSpecification => [
  'case',
  ['has', '__never'],
  value,
  value,
];

const driven = (value: Value): Value =>
  typeof value === 'number' || typeof value === 'string' ? perFeature(value) : value;

/** Circle paint with radius, colour, stroke colour and stroke width all read per feature. */
export function circlePaint(p: {
  radius: Value;
  colour: Value;
  strokeColour: Value;
  strokeWidth: Value;
}): CircleLayerSpecification['paint'] {
  return {
    'circle-radius': driven(p.radius) as ExpressionSpecification,
    'circle-color': driven(p.colour) as ExpressionSpecification,
    'circle-stroke-color': driven(p.strokeColour) as ExpressionSpecification,
    'circle-stroke-width': driven(p.strokeWidth) as ExpressionSpecification,
  };
}

/**
 * Fill paint with colour and opacity read per feature, and no antialiased edge: every fill of the
 * atlas has a line layer that draws its outline (the coastline, the region borders).
 */
export function fillPaint(p: { colour: Value; opacity: Value }): FillLayerSpecification['paint'] {
  return {
    'fill-color': driven(p.colour) as ExpressionSpecification,
    'fill-opacity': driven(p.opacity) as ExpressionSpecification,
    'fill-antialias': false,
  };
}

/**
 * A width that grows linearly with the zoom, from `from` at zoom 1 to `to` at zoom 6, read per
 * feature; a per-feature expression given for both is kept at every zoom. Zoom-and-feature
 * ("composite") widths compile to another program than feature-only ones, so every solid line
 * uses this form.
 */
export const byZoom = (
  from: number | ExpressionSpecification,
  to: number | ExpressionSpecification = from,
): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  typeof from === 'number' ? perFeature(from) : from,
  6,
  typeof to === 'number' ? perFeature(to) : to,
];

/** Line paint with colour, width and opacity read per feature (dashed lines have a program of their own). */
export function linePaint(p: {
  colour: Value;
  width: Value;
  opacity?: Value;
  dash?: number[];
}): LineLayerSpecification['paint'] {
  return {
    'line-color': driven(p.colour) as ExpressionSpecification,
    'line-width': driven(p.width) as ExpressionSpecification,
    'line-opacity': driven(p.opacity ?? 1) as ExpressionSpecification,
    ...(p.dash ? { 'line-dasharray': p.dash } : {}),
  };
}
