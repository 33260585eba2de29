/**
 * The end-to-end tests' driver: the fixtures (a fresh page or a spec's shared page, each
 * guarded), the atlas's verbs, the map's reads, pixels, WebGL patches and the data files.
 * Specs import from here only, and never reach MapLibre themselves (eslint.config.js).
 */
export { expect, sharedPageTests, test } from './fixtures';
export { Atlas, BASEMAP_REQUEST, routeKeyOf } from './atlas';
export type { Guard } from './guard';
export { MapDriver, type LngLat } from './map';
export {
  colourDistance,
  colourShares,
  differingPixels,
  hex,
  pngSize,
  PngImage,
  shipPixels,
} from './pixels';
export { disableWebGL, openingLog, OPENING_CELLS, watchOpening } from './webgl';
export * as geo from './geo';
