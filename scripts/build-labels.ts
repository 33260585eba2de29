/**
 * Builds the map's label names in Hindi and Russian (issue #31): geo/labels/hi.json and
 * geo/labels/ru.json, one dictionary per language (src/lib/style/labels.ts `LabelNames`), loaded
 * only by a reader of that language. Sources:
 *   countries  CLDR via Intl.DisplayNames (Node's ICU), by the basemap's ISO 3166-1 numeric id
 *              (mapped to alpha-2 by i18n-iso-countries' ISO table)
 *   cities     Russian: Natural Earth 1:50m populated places `NAME_RU` (the full file, joined to the
 *              basemap's cities by country and point); Hindi: src/content/i18n/names-hi.ts
 *   regions    Russian: geo/far-east-labels.geojson `name_ru`; Hindi: names-hi.ts
 *   ports, chokepoints, seas: src/content/i18n/names-{hi,ru}.ts
 * Re-run with `npm run data` (after build-basemap and build-regions). Deterministic for a given
 * Node version (its CLDR).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import type { FeatureCollection, Point } from 'geojson';
import { NAMES_HI } from '../src/content/i18n/names-hi.ts';
import { NAMES_RU } from '../src/content/i18n/names-ru.ts';
import type { PlaceNames } from '../src/content/i18n/types.ts';
import type { LabelNames } from '../src/lib/style/labels.ts';
import { repoRoot, sharedData } from './lib/io.ts';
import { cityNames, countryNames, sortedRecord } from './lib/label-names.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

const basemap = read<FeatureCollection<Point>>(resolve(repoRoot, 'geo/basemap/basemap.geojson'));
const ofLayer = (layer: string) => basemap.features.filter((f) => f.properties?.layer === layer);
const countryIds = ofLayer('country').map((f) => String(f.properties!.id));
const cities = ofLayer('city').map((f) => ({
  name: String(f.properties!.name),
  country: String(f.properties!.country),
  lng: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
}));
const regions = read<FeatureCollection<Point>>(resolve(repoRoot, 'geo/far-east-labels.geojson'));

/** Natural Earth's Russian city names (the full 1:50m file). */
function russianCities(): Record<string, string> {
  const places = read<FeatureCollection<Point>>(
    resolve(sharedData, 'ne_50m_populated_places.geojson'),
  );
  return cityNames(
    cities,
    places.features.map((f) => ({
      country: String(f.properties?.ADM0NAME),
      lng: Number(f.properties?.LONGITUDE),
      lat: Number(f.properties?.LATITUDE),
      nameRu: (f.properties?.NAME_RU as string | null) ?? null,
    })),
  );
}

function labels(
  locale: 'hi' | 'ru',
  names: PlaceNames,
  extra: { city: Record<string, string>; region: Record<string, string> },
): LabelNames {
  return {
    locale,
    country: countryNames(countryIds, locale, (id) => countries.numericToAlpha2(id)),
    city: sortedRecord(extra.city),
    sea: sortedRecord(names.seas),
    port: sortedRecord(names.ports),
    chokepoint: sortedRecord(names.chokepoints),
    region: sortedRecord(extra.region),
  };
}

const out = resolve(repoRoot, 'geo/labels');
mkdirSync(out, { recursive: true });
const regionRu = Object.fromEntries(
  regions.features.map((f) => [String(f.properties?.id), String(f.properties?.name_ru)]),
);
for (const [locale, names] of [
  ['hi', labels('hi', NAMES_HI, { city: NAMES_HI.cities, region: NAMES_HI.regions })],
  ['ru', labels('ru', NAMES_RU, { city: russianCities(), region: regionRu })],
] as const) {
  const text = `${JSON.stringify(names, null, 1)}\n`;
  writeFileSync(resolve(out, `${locale}.json`), text);
  const count = Object.values(names).reduce(
    (n, v) => n + (typeof v === 'object' ? Object.keys(v).length : 0),
    0,
  );
  console.log(`geo/labels/${locale}.json: ${count} names, ${(text.length / 1024).toFixed(1)} KB`);
}
