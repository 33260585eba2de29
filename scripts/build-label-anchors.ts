/**
 * Gives each city, port and chokepoint label its one side, the `anchor` property the map's style
 * reads (src/lib/style/point-labels.ts), by the rule of scripts/lib/label-anchors.ts: off the corridor
 * and off its neighbours. It runs last in `npm run data`, as it needs the basemap, the ports, the
 * chokepoints and the corridor, and rewrites the `anchor` of the first three files' label
 * features, nothing else. It also writes geo/place-labels.geojson, the basemap labels of the
 * places the claims stand on (src/content/places.ts), so that the claim markers know where those
 * labels are without asking the map (src/ui/claims/kept-labels.ts); those and the lead ports'
 * labels carry their width too (`widthEm`, the rule's measure), which the markers would otherwise
 * measure in a canvas as the page opens. Deterministic: same inputs, same bytes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { PLACES, PLACE_IDS } from '../src/content/places.ts';
import { portsForMap } from '../src/lib/map-data.ts';
import {
  CAPITAL_LABEL,
  CHOKEPOINT_LABEL,
  CITY_LABEL,
  cityNamesOfPorts,
  LEAD_PORT_LABEL,
  PORT_LABEL,
  type LabelAnchor,
} from '../src/lib/style/point-labels.ts';
import { labelFontMeasure } from './lib/font-metrics.ts';
import { chooseAnchors, type AnchorLabel } from './lib/label-anchors.ts';
import { repoRoot, writeGeoJSON } from './lib/io.ts';

const FILES = {
  basemap: 'geo/basemap/basemap.geojson',
  ports: 'geo/ports.geojson',
  chokepoints: 'geo/chokepoints.geojson',
  routes: 'geo/routes.geojson',
} as const;

/** A label's width in em as the data carries it, to four decimals. */
export const widthInData = (em: number): number => Math.round(em * 10_000) / 10_000;

const read = <T extends FeatureCollection>(path: string): T =>
  JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8')) as T;

/** Each labelled feature with what the rule needs, in the order MapLibre places them. */
export function anchorInputs(
  files: {
    basemap: FeatureCollection;
    ports: FeatureCollection<Point>;
    chokepoints: FeatureCollection<Point>;
    routes: FeatureCollection<LineString>;
  },
  measure = labelFontMeasure(),
): { features: Feature[]; labels: AnchorLabel[]; corridor: [number, number][][] } {
  // The app's rule: the ports that end a drawn route are the lead ports (src/app/style.ts).
  const leadIds = new Set(
    files.routes.features.flatMap((f) => [f.properties?.origin, f.properties?.destination]),
  );
  const shown = portsForMap(files.ports, leadIds).features;
  const leadNames = shown.filter((f) => f.properties?.lead).map((f) => String(f.properties?.name));
  const hiddenCities = new Set(cityNamesOfPorts(leadNames));
  const ports = files.ports.features
    .map((feature, i) => ({ feature, lead: Boolean(shown[i]!.properties?.lead) }))
    // The port layer's sort key: lead ports first.
    .sort((a, b) => Number(b.lead) - Number(a.lead));
  const cities = files.basemap.features
    .filter((f) => f.properties?.layer === 'city' && !hiddenCities.has(f.properties?.name))
    // The city layer's sort key, rank; the file keeps names in order within a rank.
    .sort((a, b) => a.properties!.rank - b.properties!.rank);
  const entries: { feature: Feature; style: typeof CITY_LABEL; minzoom: number }[] = [
    ...ports.map(({ feature, lead }) => ({
      feature,
      style: lead ? LEAD_PORT_LABEL : PORT_LABEL,
      minzoom: Number(
        shown.find((f) => f.properties?.id === feature.properties?.id)!.properties?.minzoom,
      ),
    })),
    ...files.chokepoints.features.map((feature) => ({
      feature,
      style: CHOKEPOINT_LABEL,
      minzoom: CHOKEPOINT_LABEL.minzoom,
    })),
    ...cities.map((feature) => ({
      feature,
      style: feature.properties?.capital ? CAPITAL_LABEL : CITY_LABEL,
      minzoom: Number(feature.properties?.minzoom),
    })),
  ];
  const corridor = files.routes.features.find((f) => f.properties?.id === 'corridor');
  if (!corridor) throw new Error(`${FILES.routes} has no corridor`);
  const ends = [corridor.properties?.origin, corridor.properties?.destination];
  return {
    features: entries.map((e) => e.feature),
    labels: entries.map(({ feature, style, minzoom }) => ({
      lngLat: (feature.geometry as Point).coordinates as [number, number],
      minzoom,
      widthEm: measure(String(feature.properties?.name), style.face),
      style,
      endsCorridor: style === LEAD_PORT_LABEL && ends.includes(feature.properties?.id),
    })),
    corridor: [corridor.geometry.coordinates as [number, number][]],
  };
}

const PLACE_LABELS = 'geo/place-labels.geojson';

/**
 * The city labels the map draws for the claims' places (a place whose city a lead port names is
 * labelled by the port, and one that is no basemap city has no label): each at its city's point,
 * with its name, side, weight and first zoom.
 */
export function placeLabelsOf(
  basemap: FeatureCollection,
  measure = labelFontMeasure(),
): FeatureCollection<Point> {
  const features = PLACE_IDS.flatMap((id): Feature<Point>[] => {
    const name = PLACES[id].naturalEarthName;
    const city = basemap.features.find(
      (f) => f.properties?.layer === 'city' && f.properties.name === name && f.properties.anchor,
    );
    if (!city) return [];
    const { anchor, capital, minzoom } = city.properties!;
    const face = (capital ? CAPITAL_LABEL : CITY_LABEL).face;
    const widthEm = widthInData(measure(String(city.properties!.name), face));
    return [
      {
        type: 'Feature',
        properties: { place: id, name, anchor, capital, minzoom, widthEm },
        geometry: city.geometry as Point,
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

function main(): void {
  const files = {
    basemap: read(FILES.basemap),
    ports: read<FeatureCollection<Point>>(FILES.ports),
    chokepoints: read<FeatureCollection<Point>>(FILES.chokepoints),
    routes: read<FeatureCollection<LineString>>(FILES.routes),
  };
  const measure = labelFontMeasure();
  const { features, labels, corridor } = anchorInputs(files, measure);
  const anchors = new Map<Feature, LabelAnchor>(
    chooseAnchors(labels, corridor).map((anchor, i) => [features[i]!, anchor]),
  );
  // The lead ports' widths, for the claim markers (the other labels' the map measures itself).
  const leadWidths = new Map<Feature, number>(
    labels.flatMap((label, i) =>
      label.style === LEAD_PORT_LABEL ? [[features[i]!, widthInData(label.widthEm)] as const] : [],
    ),
  );
  for (const key of ['basemap', 'ports', 'chokepoints'] as const) {
    const fc = files[key];
    fc.features = fc.features.map((f) => {
      const anchor = anchors.get(f);
      const untouched = f.properties?.anchor === undefined && f.properties?.widthEm === undefined;
      if (!f.properties || (anchor === undefined && untouched)) return f;
      // Rewritten whole, so that a label that no longer shows loses the side it had.
      const properties = { ...f.properties };
      delete properties.anchor;
      delete properties.widthEm;
      const widthEm = leadWidths.get(f);
      return {
        ...f,
        properties: {
          ...properties,
          ...(anchor ? { anchor } : {}),
          ...(widthEm !== undefined ? { widthEm } : {}),
        },
      };
    });
    writeGeoJSON(resolve(repoRoot, FILES[key]), fc);
  }
  const placeLabels = placeLabelsOf(files.basemap, measure);
  writeGeoJSON(resolve(repoRoot, PLACE_LABELS), placeLabels);
  const counts = new Map<LabelAnchor, number>();
  for (const a of anchors.values()) counts.set(a, (counts.get(a) ?? 0) + 1);
  console.log(
    `label anchors: ${anchors.size} labels, ${[...counts].map(([a, n]) => `${n} ${a}`).join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
