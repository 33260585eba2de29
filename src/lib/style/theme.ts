/** The basemap's palette: a quiet reference map, so the corridor and claims can lead. */
export const THEME = {
  ocean: '#cfe1ec',
  land: '#f6f3ec',
  partnerLand: '#efe6d3',
  coastline: '#93b3c7',
  border: '#b7aa9c',
  seaLabel: '#3d6a87',
  countryLabel: '#6e6458',
  cityDot: '#5c534a',
  cityLabel: '#332d27',
  halo: 'rgba(255, 255, 255, 0.85)',
} as const;

/** ISO 3166-1 numeric ids (world-atlas feature ids) of the two partner countries. */
export const PARTNER_COUNTRY_IDS = ['356', '643'] as const; // India, Russia
