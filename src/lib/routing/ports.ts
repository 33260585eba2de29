/**
 * The port catalogue (geo/ports.geojson, built by scripts/build-ports.ts): parsed and validated
 * when loaded, then looked up by id or by any of its names.
 */
import type { Position } from 'geojson';

export type LonLat = [number, number];

export interface Port {
  /** Stable lowercase-kebab id, e.g. `chennai`, `st-petersburg`. */
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
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Validates geo/ports.geojson and returns the ports; throws on the first problem found. */
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
    if (typeof p.source !== 'string' || !p.source) throw new Error(`${where}: missing source`);
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
      source: p.source,
    };
  });
}

/** Normalises a port name for lookup: case, accents, spaces and punctuation do not matter. */
export function normalisePortName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Builds a lookup by id, name or alias (ids win over names when they collide). */
export function indexPorts(ports: readonly Port[]): (query: string) => Port | undefined {
  const byId = new Map(ports.map((p) => [p.id, p]));
  const byName = new Map<string, Port>();
  for (const p of ports) {
    for (const n of [p.name, ...p.aliases, p.id]) {
      const k = normalisePortName(n);
      if (!byName.has(k)) byName.set(k, p);
    }
  }
  return (query) => byId.get(query) ?? byName.get(normalisePortName(query));
}
