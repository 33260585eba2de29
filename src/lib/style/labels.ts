/**
 * The map's labels in a language (issue #31). English names are in the data the map loads
 * (the basemap, ports, chokepoints, regions); another language's names come in one dictionary
 * per language, geo/labels/<lang>.json (scripts/build-labels.ts), loaded only for that language.
 * Each label layer then reads its name from the dictionary by the feature's key, and keeps the
 * English name where the dictionary has none.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYERS, OVERLAY_LAYERS } from './ids';

/** One language's label names, by the key each kind of label is found by. */
export interface LabelNames {
  readonly locale: string;
  /** Countries by ISO 3166-1 numeric code (the basemap's `id`). */
  readonly country: Readonly<Record<string, string>>;
  /** Cities by `name|country` (their Natural Earth name and country, as the basemap has them). */
  readonly city: Readonly<Record<string, string>>;
  /** Seas, bays and straits by their Natural Earth name (the basemap's `name`). */
  readonly sea: Readonly<Record<string, string>>;
  readonly port: Readonly<Record<string, string>>;
  readonly chokepoint: Readonly<Record<string, string>>;
  /** Far East regions by ISO 3166-2 code. */
  readonly region: Readonly<Record<string, string>>;
}

export const LABEL_KINDS = ['country', 'city', 'sea', 'port', 'chokepoint', 'region'] as const;
type LabelKind = (typeof LABEL_KINDS)[number];

/** Each label layer: the kind of name it shows, its feature's key, and its English name. */
const LABEL_LAYERS: Record<
  LabelKind,
  { layer: string; key: ExpressionSpecification; english: ExpressionSpecification }
> = {
  country: { layer: LAYERS.countryLabels, key: ['get', 'id'], english: ['get', 'name'] },
  city: {
    layer: LAYERS.cityLabels,
    key: ['concat', ['get', 'name'], '|', ['get', 'country']],
    english: ['get', 'name'],
  },
  sea: { layer: LAYERS.seaLabels, key: ['get', 'name'], english: ['get', 'name'] },
  port: { layer: OVERLAY_LAYERS.portLabels, key: ['get', 'id'], english: ['get', 'name'] },
  chokepoint: {
    layer: OVERLAY_LAYERS.chokepointLabels,
    key: ['get', 'id'],
    english: ['get', 'name'],
  },
  region: { layer: OVERLAY_LAYERS.regionLabels, key: ['get', 'id'], english: ['get', 'name_en'] },
};

/**
 * The `text-field` of every label layer: the English name, or with `names` the name in that
 * language where it has one. English readers' style is exactly the English one.
 */
export function labelTextFields(names: LabelNames | null): Record<string, ExpressionSpecification> {
  const fields: Record<string, ExpressionSpecification> = {};
  for (const kind of LABEL_KINDS) {
    const { layer, key, english } = LABEL_LAYERS[kind];
    const dictionary = names?.[kind];
    fields[layer] =
      dictionary && Object.keys(dictionary).length > 0
        ? ['coalesce', ['get', key, ['literal', dictionary]], english]
        : english;
  }
  return fields;
}
