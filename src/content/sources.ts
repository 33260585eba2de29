/**
 * Every data source the map draws on, with its licence. The map's attribution control and the
 * About panel are both built from this list, so they cannot disagree.
 */
export interface DataSource {
  id: string;
  name: string;
  /** What Corridor Atlas uses it for. */
  use: string;
  licence: string;
  /** Attribution line for the map (short, may hold one link). */
  attribution: string;
  url: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'natural-earth',
    name: 'Natural Earth 1:50m (countries via world-atlas; seas, cities)',
    use: 'Land, countries, borders, coastlines, sea and city labels',
    licence: 'Public domain',
    attribution: 'Natural Earth (public domain)',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    id: 'noto-sans',
    name: 'Noto Sans (via @fontsource/noto-sans)',
    use: 'Label and interface text',
    licence: 'SIL Open Font License 1.1',
    attribution: 'Noto Sans (SIL OFL 1.1)',
    url: 'https://notofonts.github.io/',
  },
];

/** Attribution strings for MapLibre's attribution control (HTML it renders; ours, not data). */
export function attributionsFor(sources: readonly DataSource[]): string[] {
  return sources.map((s) => `<a href="${s.url}" rel="noopener">${s.attribution}</a>`);
}
