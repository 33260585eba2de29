/** Source and layer ids of the map style: one place, so the map, UI and tests agree. */

export const SOURCES = {
  countries: 'countries',
  /** Coastlines and borders, told apart by `kind`. */
  lines: 'lines',
  /** Country, sea and city label points, told apart by `layer`. */
  labels: 'labels',
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

export const LAYERS = {
  background: 'ocean',
  land: 'land',
  partners: 'land-partners',
  coastline: 'coastline',
  borders: 'borders',
  seaLabels: 'sea-labels',
  countryLabels: 'country-labels',
  cityDots: 'city-dots',
  cityLabels: 'city-labels',
} as const;

/** Label text uses fonts the app ships (see src/ui/fonts.css); names carry the weight. */
export const FONTS = {
  regular: ['Noto Sans Regular'],
  semibold: ['Noto Sans Semibold'],
  italic: ['Noto Sans Italic'],
} as const;
