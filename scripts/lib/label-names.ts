/**
 * The rules that build a language's map label names (scripts/build-labels.ts), pure and
 * unit-tested: CLDR country names by ISO code, Natural Earth's Russian city names joined to the
 * basemap's cities, and the atlas's own names catalogues.
 */

/** Country names in `locale` from CLDR (Intl.DisplayNames), by ISO 3166-1 numeric code. */
export function countryNames(
  ids: readonly string[],
  locale: string,
  alpha2: (numeric: string) => string | undefined,
): Record<string, string> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const out: Record<string, string> = {};
  for (const id of [...ids].sort()) {
    const code = alpha2(id);
    const name = code ? names.of(code) : undefined;
    // No code (Kosovo, Northern Cyprus…) or no CLDR name: the label keeps its English name.
    if (name) out[id] = name;
  }
  return out;
}

/** A basemap city: its label name and country, and where it is (rounded as the basemap has it). */
export interface BasemapCity {
  readonly name: string;
  readonly country: string;
  readonly lng: number;
  readonly lat: number;
}

/** A Natural Earth 1:50m populated place of the full file, with its names in other languages. */
export interface NaturalEarthPlace {
  readonly country: string;
  readonly lng: number;
  readonly lat: number;
  readonly nameRu: string | null;
}

/**
 * The cities' Russian names, keyed `name|country` as the map looks them up. The basemap's cities
 * come from the `_simple` file, which has no names in other languages; each is joined to the full
 * file's place in the same country at the same point (the basemap rounds to 0.001°). A city with
 * no match, or with no `NAME_RU`, keeps its English name.
 */
export function cityNames(
  cities: readonly BasemapCity[],
  places: readonly NaturalEarthPlace[],
): Record<string, string> {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const byPoint = new Map<string, NaturalEarthPlace>();
  for (const p of places) byPoint.set(`${p.country}|${round(p.lng)}|${round(p.lat)}`, p);
  const out: Record<string, string> = {};
  for (const c of [...cities].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const place = byPoint.get(`${c.country}|${c.lng}|${c.lat}`);
    const name = place?.nameRu?.trim();
    if (name) out[`${c.name}|${c.country}`] = name;
  }
  return out;
}

/** An object with its keys sorted, so the built file is the same whatever the input order. */
export function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
