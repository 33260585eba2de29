/**
 * Stable ids shared by the catalogues, the URL codec and the UI. They appear in shared links,
 * so an id, once published, is never renamed (see docs/url-format.md).
 */

/** Cooperation claims made by the article (issue #5). */
export const CLAIM_IDS = [
  'putin-visit',
  'agreements',
  'ak-203',
  'relos',
  's-400',
  'two-plus-two',
  'indo-pacific',
  'chennai-vladivostok',
  'far-east-investment',
  'vibrant-gujarat',
  'investment-target',
  'ministers',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** Named preset views (issue #6). */
export const PRESET_IDS = [
  'overview',
  'corridor',
  'comparison',
  'malacca',
  'far-east',
  'vladivostok',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Layers a user can switch on or off (URL key `layers`). */
export const LAYER_IDS = [
  'corridor',
  'comparison',
  'variant',
  'regions',
  'claims',
  'ports',
  /** Every port of the World Port Index, by harbour size as the reader zooms in (issue #28). */
  'world-ports',
  /** MARPOL Annex VI Emission Control Areas (issue #32): off unless turned on. */
  'ecas',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Ids of the route features in geo/routes.geojson (issue #4). */
export const ROUTE_IDS = ['corridor', 'comparison', 'variant'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Rows of the route-figure check (src/lib/analysis/figure-check.ts), in table order. */
export const FIGURE_CHECK_IDS = [
  'distance',
  'days',
  'implied-speed',
  'days-before',
  'minister-distance',
  'minister-comparison-distance',
] as const;
export type FigureCheckId = (typeof FIGURE_CHECK_IDS)[number];

/** Side panels a link can reopen (URL key `panel`). */
export const PANEL_IDS = ['routes', 'claims', 'planner', 'about'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
