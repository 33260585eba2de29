/**
 * The World Port Index's `Country Code` column holds country NAMES ("India", "The Bahamas",
 * "Congo (Kinshasa)"). They are mapped to ISO 3166-1 alpha-2 through CLDR's English region names
 * (Node's `Intl.DisplayNames`, full ICU), compared folded ("&" = "and", accents, "St." = "Saint"
 * and a leading "The" ignored), and a short table for the names CLDR spells differently.
 * tests/ports/country.test.ts checks every WPI name and the LOCODE prefixes against the result.
 */

/**
 * WPI names that CLDR writes otherwise (CLDR's name in the comment). The three US minor outlying
 * islands share UM, as ISO 3166-1 has them.
 */
const WPI_NAMES: Readonly<Record<string, string>> = {
  Burma: 'MM', // Myanmar (Burma)
  'Cabo Verde': 'CV', // Cape Verde
  'Congo (Brazzaville)': 'CG', // Congo - Brazzaville
  'Congo (Kinshasa)': 'CD', // Congo - Kinshasa
  'Falkland Islands (Islas Malvinas)': 'FK', // Falkland Islands (Islas Malvinas) in some CLDR
  'Federated States of Micronesia': 'FM', // Micronesia
  'Hong Kong': 'HK', // Hong Kong SAR China
  Macau: 'MO', // Macao SAR China
  'Johnson Atoll': 'UM',
  'Midway Islands': 'UM',
  'Wake Island': 'UM', // U.S. Outlying Islands
  'Saint Helena, Ascension, and Tristan da Cunha': 'SH', // St. Helena
  'Saint Vincent and the Grenadines (Windward Islands)': 'VC', // St. Vincent & Grenadines
  'South Georgia and South Sandwich Islands': 'GS', // South Georgia & South Sandwich Islands
  Svalbard: 'SJ', // Svalbard & Jan Mayen
  Turkey: 'TR', // Türkiye
};

/** CLDR region codes that are not countries or territories of ISO 3166-1. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Folds a country name for comparison: "St. Kitts & Nevis" and "Saint Kitts and Nevis" agree. */
export function foldCountry(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.?(?=\s)/g, 'saint')
    .replace(/^the\s+/, '')
    .replace(/[^a-z]+/g, '');
}

let byName: Map<string, string> | undefined;

/** CLDR's English name of every current ISO 3166-1 alpha-2 code, folded → code. */
function cldrNames(): Map<string, string> {
  if (byName) return byName;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  byName = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      // Deprecated codes (UK, FX, SU, DY, TP…) canonicalise to their successor: skip them, so
      // "Russia" is RU, not SU.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = names.of(code);
      if (!name || name === code) continue;
      byName.set(foldCountry(name), code);
    }
  }
  return byName;
}

/** ISO 3166-1 alpha-2 for a WPI country name, or undefined when it is not known. */
export function countryCode(wpiName: string): string | undefined {
  const name = wpiName.trim();
  return WPI_NAMES[name] ?? cldrNames().get(foldCountry(name));
}
