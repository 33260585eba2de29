/**
 * The ECAs' extents (geo/eca-extents.geojson, built by scripts/build-ecas.ts): each area's
 * regulation lines closed over land, parsed and checked when loaded, then indexed for fast
 * measuring (measure.ts): every edge once in flat arrays, and a grid of 1° cells listing the
 * edges that may pass through each, so a route segment only meets the edges near it.
 */
import { ECA_IDS, type EcaId } from '../../content/ecas';
import { ECAS } from '../../content/eca-areas';

/** Grid cell size, degrees. */
const CELL = 1;

/** One area ready to measure against: its rings' edges and their grid. */
export interface EcaShape {
  id: EcaId;
  name: string;
  /** [west, south, east, north] of all its rings. */
  bbox: [number, number, number, number];
  /** Edge i runs from (ax[i], ay[i]) to (bx[i], by[i]). */
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Grid: columns × rows cells from (bbox west, bbox south); cell c lists cellEdges[c]. */
  cols: number;
  rows: number;
  cellEdges: Uint32Array[];
  /** Scratch for deduplicating edges met in several cells (an epoch counter per edge). */
  seen: Uint32Array;
  epoch: number;
}

type Ring = [number, number][];

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

/** A closed ring of at least 4 valid positions, or null. */
function asRing(value: unknown): Ring | null {
  if (!Array.isArray(value) || value.length < 4 || !value.every(isPosition)) return null;
  const first = value[0] as Ring[number];
  const last = value[value.length - 1] as Ring[number];
  return first[0] === last[0] && first[1] === last[1] ? (value as Ring) : null;
}

/** The outer rings of a Polygon or MultiPolygon (extents have no holes), or null. */
function outerRings(
  geometry: { type?: unknown; coordinates?: unknown } | undefined,
): Ring[] | null {
  const polygons =
    geometry?.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : null;
  if (!Array.isArray(polygons) || polygons.length === 0) return null;
  const rings = polygons.map((p) => (Array.isArray(p) && p.length === 1 ? asRing(p[0]) : null));
  return rings.every((r) => r !== null) ? (rings as Ring[]) : null;
}

function index(id: EcaId, rings: Ring[]): EcaShape {
  const edges = rings.flatMap((r) => r.slice(1).map((b, i) => [r[i]!, b] as const));
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const bbox: EcaShape['bbox'] = [
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs),
    Math.max(...ys),
  ];
  const cols = Math.max(1, Math.ceil((bbox[2] - bbox[0]) / CELL));
  const rows = Math.max(1, Math.ceil((bbox[3] - bbox[1]) / CELL));
  const lists: number[][] = Array.from({ length: cols * rows }, () => []);
  const shape: EcaShape = {
    id,
    name: ECAS[id].name,
    bbox,
    ax: Float64Array.from(edges, (e) => e[0][0]),
    ay: Float64Array.from(edges, (e) => e[0][1]),
    bx: Float64Array.from(edges, (e) => e[1][0]),
    by: Float64Array.from(edges, (e) => e[1][1]),
    cols,
    rows,
    cellEdges: [],
    seen: new Uint32Array(edges.length),
    epoch: 0,
  };
  edges.forEach(([a, b], e) => {
    const [c0, r0] = cellOf(shape, Math.min(a[0], b[0]), Math.min(a[1], b[1]));
    const [c1, r1] = cellOf(shape, Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) lists[r * cols + c]!.push(e);
  });
  shape.cellEdges = lists.map((l) => Uint32Array.from(l));
  return shape;
}

/** The grid cell (column, row) holding a point, clamped to the grid. */
export function cellOf(shape: EcaShape, x: number, y: number): [number, number] {
  const c = Math.floor((x - shape.bbox[0]) / CELL);
  const r = Math.floor((y - shape.bbox[1]) / CELL);
  return [Math.min(shape.cols - 1, Math.max(0, c)), Math.min(shape.rows - 1, Math.max(0, r))];
}

/** Validates geo/eca-extents.geojson and indexes its areas; throws on the first problem found. */
export function parseEcaExtents(data: unknown): EcaShape[] {
  const fc = data as { type?: string; features?: unknown[] } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error('eca-extents: expected a GeoJSON FeatureCollection');
  }
  const seen = new Set<EcaId>();
  return fc.features.map((raw, i) => {
    const f = raw as {
      geometry?: { type?: unknown; coordinates?: unknown };
      properties?: { id?: unknown };
    };
    const id = ECA_IDS.find((known) => known === f.properties?.id);
    const where = `eca-extents: feature ${i} (${String(f.properties?.id)})`;
    if (!id) throw new Error(`${where}: unknown ECA id`);
    if (seen.has(id)) throw new Error(`${where}: duplicate id`);
    seen.add(id);
    const rings = outerRings(f.geometry);
    if (!rings) throw new Error(`${where}: geometry must be closed polygons without holes`);
    return index(id, rings);
  });
}
