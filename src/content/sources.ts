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
  /**
   * Whether the map's attribution (and an embed's sources line) names it: the data the map draws
   * and routes on. The font is credited with its licence in About and in the data package, as
   * the SIL OFL asks of those who ship it; it is not map data.
   */
  onMap: boolean;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'natural-earth',
    name: 'Natural Earth 1:50m (countries via world-atlas; seas, cities)',
    use: 'Land, countries, borders, coastlines, sea and city labels',
    licence: 'Public domain',
    attribution: 'Natural Earth (public domain)',
    url: 'https://www.naturalearthdata.com/',
    onMap: true,
  },
  {
    id: 'noto-sans',
    name: 'Noto Sans (via @fontsource/noto-sans)',
    use: 'Label and interface text',
    licence: 'SIL Open Font License 1.1',
    attribution: 'Noto Sans (SIL OFL 1.1)',
    url: 'https://notofonts.github.io/',
    onMap: false,
  },
  {
    id: 'far-east-regions',
    name: "Russia's Far East regions: © OpenStreetMap contributors, GIS-Lab (ODbL 1.0)",
    use:
      'Boundaries of the 11 Far East regions and their areas: GIS-Lab’s OpenStreetMap ' +
      'administrative boundaries (2013), via codeforamerica/click_that_hood',
    licence: 'Open Database License (ODbL) 1.0',
    attribution: '© OpenStreetMap contributors, GIS-Lab',
    url: 'https://www.openstreetmap.org/copyright',
    onMap: true,
  },
  {
    id: 'searoute-marnet',
    name: 'Eurostat SeaRoute / marnet (EUPL-1.2)',
    use: 'The sea lanes behind every route and distance (marnet 20 km network)',
    licence: 'European Union Public Licence (EUPL) 1.2',
    attribution: 'Eurostat SeaRoute (EUPL-1.2)',
    url: 'https://github.com/eurostat/searoute',
    onMap: true,
  },
  {
    id: 'nga-wpi',
    name: 'NGA World Port Index (Pub. 150)',
    use:
      'Every port beyond the 47 curated ones, and every port’s harbour facts (UN/LOCODE, ' +
      'harbour size and type, maximum vessel draft, length and beam, ice at the entrance)',
    licence: 'US government work, public domain',
    attribution: 'NGA World Port Index',
    url: 'https://msi.nga.mil/Publications/WPI',
    onMap: true,
  },
  {
    id: 'searoute-py-ports',
    name: 'searoute-py port list (© 2022 Gent Halili)',
    use: 'Harbour coordinates of 10 ports missing from Natural Earth (see geo/README.md)',
    licence: 'MIT',
    attribution: 'Ports: searoute-py (MIT)',
    url: 'https://github.com/genthalili/searoute-py',
    onMap: true,
  },
];

/**
 * Each map source's link as the map's attribution and an embed's sources line show it (built as
 * DOM nodes there: src/map/attribution.ts, src/ui/share/embed-mode.ts), its text as `line` words
 * it in the reader's language (its English `attribution` else).
 */
export function attributionsFor(
  sources: readonly DataSource[],
  line: (source: DataSource) => string = (s) => s.attribution,
): Pick<DataSource, 'url' | 'attribution'>[] {
  return sources.filter((s) => s.onMap).map((s) => ({ url: s.url, attribution: line(s) }));
}
