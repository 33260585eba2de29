/**
 * Words the interface shows the same in every language (issue #31), in one place: proper names
 * with no translation (the atlas's own name, vessel models, data sets, publishers, licences).
 * The e2e language walk (e2e/i18n.spec.ts) allows exactly these to stay in English, besides what
 * the page marks `lang="en"` (the article's and the report's titles and quotations, kept as
 * published, and source citations) and codes, numbers and file paths.
 */
import { ARTICLE } from '../article';

/** Each language in its own name, as the language menu offers it. */
export const LANGUAGE_NAMES = { en: 'English', hi: 'हिन्दी', ru: 'Русский' } as const;

/** The same, short, for the language button on a phone. */
export const LANGUAGE_SHORT = { en: 'EN', hi: 'हिं', ru: 'РУ' } as const;

/** Names and codes that stay as they are, in any language. */
export const PROPER_NAMES: readonly string[] = [
  'Corridor Atlas',
  ARTICLE.outlet,
  ARTICLE.author,
  'Business Standard',
  'PTI',
  'Natural Earth',
  'Eurostat',
  'SeaRoute',
  'marnet',
  'OpenStreetMap',
  'GIS-Lab',
  'world-atlas',
  'searoute-py',
  'Noto Sans',
  'GeoJSON',
  'CSV',
  'PNG',
  'HTML',
  'USD',
  'TEU',
  'CO₂',
  'IMO',
  'EPA',
  'RELOS',
  'CAATSA',
  'AK-203',
  'S-400',
  'Quad',
  'MABUX',
  'World Bunker Index',
  'World Port Index',
  'Pub. 150',
  'LNG',
  'HFO',
  'LFO',
  'MGO',
  'MDO',
  'HSFO',
  'VLSFO',
  'Panamax',
  'Aframax',
  'SIL Open Font License 1.1',
  'SIL OFL 1.1',
  'Open Database License (ODbL) 1.0',
  'ODbL 1.0',
  'European Union Public Licence (EUPL) 1.2',
  'EUPL-1.2',
  'MIT',
  'Gent Halili',
  'WebGL',
  'Firefox',
  'Chrome',
  'Edge',
  'Safari',
  'Escape',
  'Turf',
  'WGS84',
  'Covid-19',
  'kWh',
  'kW',
  'Vibrant Gujarat',
  ...Object.values(LANGUAGE_NAMES),
];
