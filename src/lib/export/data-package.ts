/**
 * The data download: the map's three routes and the 11 Far East regions in one RFC 7946
 * FeatureCollection, with the licence of each part stated beside the features (foreign members,
 * RFC 7946 §6.1), and the plain-text attribution line for images and files.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { DataSource } from '../../content/sources';

/**
 * The sources behind each part of the package (ids of DATA_SOURCES, src/content/sources.ts):
 * routes are derived from Eurostat's marnet and start and end at Natural Earth ports
 * (geo/README.md); the regions are OpenStreetMap boundaries via GIS-Lab.
 */
const PART_SOURCES = {
  routes: ['searoute-marnet', 'natural-earth'],
  regions: ['far-east-regions'],
} as const;
type PartId = keyof typeof PART_SOURCES;

const PART_TITLES: Record<PartId, string> = {
  routes: 'Routes (corridor, comparison, variant)',
  regions: "Russia's Far East regions (11 federal subjects)",
};

function sourceById(sources: readonly DataSource[], id: string): DataSource {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`data package: no data source with id "${id}"`);
  return source;
}

/** "Attribution (licence)" unless the attribution already ends with its licence in brackets. */
function attributionWithLicence(source: DataSource): string {
  if (/\)\s*$/.test(source.attribution)) return source.attribution;
  // "Open Database License (ODbL) 1.0" → "ODbL 1.0"; other licence names stay whole.
  const short = /\(([^)]+)\)\s*(.*)$/.exec(source.licence);
  const licence = short ? `${short[1]} ${short[2]}`.trim() : source.licence;
  return `${source.attribution} (${licence})`;
}

/**
 * The plain-text attribution line for images and files, every source with its licence:
 * "Sources: Natural Earth (public domain) · … · © OpenStreetMap contributors, GIS-Lab (ODbL 1.0)".
 */
export function licenceText(
  sources: readonly DataSource[],
  words: {
    /** A source's attribution in the reader's language (its English one by default). */
    attribution(source: DataSource): string;
    /** A source's licence in the reader's language (its English one by default). */
    licence?(source: DataSource): string;
    /** The line, from the list: "Sources: …". */
    line(list: string): string;
  } = { attribution: (s) => s.attribution, line: (list) => `Sources: ${list}` },
): string {
  const each = sources.map((s) =>
    attributionWithLicence({
      ...s,
      attribution: words.attribution(s),
      licence: words.licence?.(s) ?? s.licence,
    }),
  );
  return words.line(each.join(' · '));
}

/** A part of the package as written in its `datasets` member. */
interface PartDescription {
  readonly title: string;
  /** `properties.id` of the features that belong to this part. */
  readonly featureIds: readonly string[];
  readonly licence: string;
  readonly attribution: string;
  readonly sources: readonly { name: string; licence: string; url: string }[];
}

function featureIds(fc: FeatureCollection): string[] {
  return fc.features.map((f, i) => {
    const id = f.properties?.id;
    if (typeof id !== 'string') throw new Error(`data package: feature ${i} has no string id`);
    return id;
  });
}

/**
 * One FeatureCollection holding the routes then the regions, features unchanged (same ids,
 * properties and coordinates as the map's), with top-level `licence`, `attribution` and
 * `datasets` (which features come from which sources under which licence).
 */
export function routesAndRegionsGeoJSON({
  routes,
  regions,
  sources,
}: {
  routes: FeatureCollection;
  regions: FeatureCollection;
  sources: readonly DataSource[];
}): FeatureCollection<Geometry> & Record<string, unknown> {
  const collections: Record<PartId, FeatureCollection> = { routes, regions };
  const datasets = (Object.keys(PART_SOURCES) as PartId[]).map((part): PartDescription => {
    const used = PART_SOURCES[part].map((id) => sourceById(sources, id));
    return {
      title: PART_TITLES[part],
      featureIds: featureIds(collections[part]),
      licence: used.map((s) => `${s.attribution} — ${s.licence}`).join('; '),
      attribution: used.map(attributionWithLicence).join(' · '),
      sources: used.map((s) => ({ name: s.name, licence: s.licence, url: s.url })),
    };
  });
  return {
    type: 'FeatureCollection',
    name: `Corridor Atlas: routes and Russia's Far East regions`,
    licence: datasets.map((d) => `${d.title}: ${d.licence}.`).join(' '),
    attribution: datasets.map((d) => d.attribution).join(' · '),
    datasets,
    features: [...routes.features, ...regions.features],
  };
}
