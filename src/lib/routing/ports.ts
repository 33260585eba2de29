/**
 * The port catalogues: geo/ports.geojson (the 47 curated ports, scripts/build-ports.ts) and
 * geo/world-ports.geojson (every port of the NGA World Port Index, the curated ones included,
 * scripts/build-world-ports.ts). Both parsed and validated here when loaded; lookups by id, LOCODE
 * or name are in port-index.ts.
 */
import type { Position } from 'geojson';

export type LonLat = [number, number];

/** WPI harbour sizes, larger first. */
export const PORT_SIZES = ['large', 'medium', 'small', 'very-small'] as const;
export type PortSize = (typeof PORT_SIZES)[number];

/** Where a port without its own `source` comes from. */
export const WPI_SOURCE = 'NGA World Port Index (Pub. 150)';

export interface Port {
  /** Stable URL-safe id: `chennai`, `st-petersburg` (curated), `inmaa` (LOCODE), `wpi-49454-5`. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Other names the port is known by (old names, transliterations, abbreviations). */
  aliases: string[];
  /** Harbour position. */
  coordinates: LonLat;
  /** Sea waypoints from the harbour out to the network (empty when the straight leg is fine). */
  approach: LonLat[];
  /** Where the coordinate comes from. */
  source: string;
  /** UN/LOCODE, 5 characters, no space (`INMAA`). */
  locode?: string;
  /** World Port Index number. */
  wpi?: number;
  size?: PortSize;
  /** WPI maximum vessel draft, length and beam in metres (absent where the WPI gives none). */
  maxDraftM?: number;
  maxLengthM?: number;
  maxBeamM?: number;
  /** WPI "Entrance Restriction - Ice" (absent where the WPI says "Unknown"). */
  ice?: boolean;
  /** WPI harbour type, e.g. "River (Natural)". */
  harbourType?: string;
  /** Set when the approach crosses 1:50m land: its km on land (the approach is approximate). */
  approachLandKm?: number;
  /** Set when no route can reach the port: why, in words. */
  noRoute?: string;
  /** The WPI gives this port's LOCODE to a larger harbour too, which a LOCODE lookup finds. */
  sharedLocode?: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

/** Whether a value is a finite [lon, lat] within the WGS84 ranges. */
export function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

const positive = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** The optional World Port Index facts of a feature's properties, checked. */
function wpiFacts(p: Record<string, unknown>, where: string): Partial<Port> {
  const out: Partial<Port> = {};
  const check = (ok: boolean, key: string) => {
    if (!ok) throw new Error(`${where}: bad ${key}`);
  };
  if (p.locode !== undefined)
    check(typeof p.locode === 'string' && LOCODE.test(p.locode), 'locode');
  if (p.wpi !== undefined) check(positive(p.wpi), 'wpi');
  if (p.size !== undefined) check(PORT_SIZES.includes(p.size as PortSize), 'size');
  for (const k of ['maxDraftM', 'maxLengthM', 'maxBeamM'] as const) {
    if (p[k] !== undefined) check(positive(p[k]), k);
  }
  if (p.approachLandKm !== undefined) check(positive(p.approachLandKm), 'approachLandKm');
  for (const k of ['ice', 'sharedLocode'] as const) {
    if (p[k] !== undefined) check(typeof p[k] === 'boolean', k);
  }
  for (const k of ['harbourType', 'noRoute'] as const) {
    if (p[k] !== undefined) check(typeof p[k] === 'string' && p[k] !== '', k);
  }
  const keys = [
    'locode',
    'wpi',
    'size',
    'maxDraftM',
    'maxLengthM',
    'maxBeamM',
    'ice',
    'harbourType',
    'approachLandKm',
    'noRoute',
    'sharedLocode',
  ] as const;
  for (const k of keys) if (p[k] !== undefined) Object.assign(out, { [k]: p[k] });
  return out;
}

/** Validates a port catalogue and returns the ports; throws on the first problem found. */
export function parsePorts(data: unknown): Port[] {
  const fc = data as { type?: string; features?: unknown[] } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error('ports: expected a GeoJSON FeatureCollection');
  }
  const seen = new Set<string>();
  return fc.features.map((raw, i) => {
    const f = raw as {
      geometry?: { type?: string; coordinates?: Position };
      properties?: Record<string, unknown>;
    };
    const p = f.properties ?? {};
    const where = `ports: feature ${i} (${String(p.id)})`;
    if (typeof p.id !== 'string' || !ID.test(p.id)) throw new Error(`${where}: bad id`);
    if (seen.has(p.id)) throw new Error(`${where}: duplicate id`);
    seen.add(p.id);
    if (f.geometry?.type !== 'Point' || !isLonLat(f.geometry.coordinates)) {
      throw new Error(`${where}: geometry must be a Point with a valid [lon, lat]`);
    }
    if (typeof p.name !== 'string' || !p.name) throw new Error(`${where}: missing name`);
    if (typeof p.country !== 'string' || !/^[A-Z]{2}$/.test(p.country)) {
      throw new Error(`${where}: country must be ISO 3166-1 alpha-2`);
    }
    const source = p.source ?? (p.wpi !== undefined ? WPI_SOURCE : undefined);
    if (typeof source !== 'string' || !source) throw new Error(`${where}: missing source`);
    const aliases = p.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
      throw new Error(`${where}: aliases must be strings`);
    }
    const approach = p.approach ?? [];
    if (!Array.isArray(approach) || !approach.every(isLonLat)) {
      throw new Error(`${where}: approach must be a list of [lon, lat]`);
    }
    const [lon, lat] = f.geometry.coordinates;
    return {
      id: p.id,
      name: p.name,
      country: p.country,
      aliases: aliases as string[],
      coordinates: [lon, lat] as LonLat,
      approach: approach as LonLat[],
      source,
      ...wpiFacts(p, where),
    };
  });
}

/**
 * Folds a name for comparison: accents stripped, lower case, runs of anything but letters and
 * digits removed; non-Latin letters are kept, so Cyrillic aliases work ("Владивосток").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
