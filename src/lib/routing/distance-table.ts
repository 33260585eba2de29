/**
 * A distance table: every pair of a list of ends (ports or points), each cell the km the router
 * gives for that pair. Each end is placed on the network once (router.anchor: its approach and
 * snap legs, under the query's restrictions), then the network part of a whole row comes from
 * one many-to-many search (many-to-many.ts), not from a point query per cell.
 */
import { createManyToMany } from './many-to-many';
import { passagesInOrder, type PassageId } from './passages';
import {
  closedMask,
  samePlace,
  type Anchor,
  type AnchorResult,
  type Endpoint,
  type RouteError,
  type RouteErrorCode,
  type RouteOptions,
  type SeaRouter,
} from './route';

/** One row: from one end to every end of the table, in the table's order. */
export interface TableRow {
  /** Total km as findSeaRoute counts them (approaches + snaps + network); Infinity: no route. */
  km: Float64Array;
  /** The passages each cell's route passes, in order (when asked for; [] where no route). */
  passages?: (readonly PassageId[])[];
  /**
   * Per quantity k of the table's `edgeQuantities` (when asked for): its sum over each cell's
   * network path (the ends' approach and snap legs are the caller's to add; 0 where no route).
   */
  quantities?: Float64Array[];
}

const NO_PASSAGES: readonly PassageId[] = [];

export interface DistanceTable {
  /** Where each end joins the network, or why it cannot (then its row and column are empty). */
  readonly anchors: readonly AnchorResult[];
  /** Row i of the table (computed on demand: one upward search and its bucket scans). */
  row(i: number, withPassages?: boolean, withQuantities?: boolean): TableRow;
}

export type TableResult = { ok: true; table: DistanceTable } | { ok: false; error: RouteError };

/**
 * Why an end may have no place on the network without the table failing: its row and column are
 * empty, as the router answers every route to it with one of these.
 */
const UNPLACED: readonly RouteErrorCode[] = ['too-far-from-sea', 'no-route'];

/**
 * Prepares the table of `ends` × `ends` under the route options. Fails as findSeaRoute would for
 * a bad option, an unknown port or an invalid coordinate (the first one found); an end too far
 * from the sea (or a port the catalogue marks unreachable) is not a failure: its row and column
 * are empty.
 */
export function createDistanceTable(
  router: SeaRouter,
  ends: readonly Endpoint[],
  options: RouteOptions = {},
  /** Additive quantities per CH edge (index = hierarchy edge id), summed along each cell's path. */
  edgeQuantities: readonly Float64Array[] = [],
): TableResult {
  const anchors = ends.map((end) => router.anchor(end, options));
  for (const a of anchors) {
    if (!a.ok && !UNPLACED.includes(a.error.code)) return a;
  }
  const placed: (Anchor | null)[] = anchors.map((a) => (a.ok ? a.anchor : null));
  const nodes = placed.map((a) => a?.node ?? -1).filter((v) => v >= 0);
  // Column j of the table is target column[j] of the search (−1 for an end off the network).
  let next = 0;
  const column = placed.map((a) => (a ? next++ : -1));
  const searches = createManyToMany(router.graph.hierarchy, nodes, closedMask(options));
  const network = new Float64Array(nodes.length);
  // A table has few distinct passage sequences: name each once, keyed by its codes in base 16
  // (codes are 1–15; 13 of them fit a double exactly; a longer list is named directly).
  const names = new Map<number, readonly PassageId[]>();
  const named = (codes: readonly number[]): readonly PassageId[] => {
    if (codes.length === 0) return NO_PASSAGES;
    if (codes.length > 13) return passagesInOrder(codes);
    let key = 0;
    for (const c of codes) key = key * 16 + c;
    let ids = names.get(key);
    if (!ids) names.set(key, (ids = passagesInOrder(codes)));
    return ids;
  };

  const row = (i: number, withPassages = false, withQuantities = false): TableRow => {
    const km = new Float64Array(ends.length).fill(Infinity);
    const passages = withPassages ? ends.map((): readonly PassageId[] => NO_PASSAGES) : undefined;
    const quantities = withQuantities
      ? edgeQuantities.map(() => new Float64Array(ends.length))
      : undefined;
    const origin = placed[i];
    if (!origin) return { km, passages, quantities };
    searches.distancesFrom(origin.node, network);
    for (let j = 0; j < ends.length; j++) {
      const c = column[j]!;
      const destination = placed[j];
      if (c < 0 || !destination) continue;
      if (samePlace(origin.end.coordinates, destination.end.coordinates)) {
        km[j] = 0;
        continue;
      }
      // Summed as findSeaRoute sums a route, so cells match it to the last bit where paths do.
      const { approachKm, snapKm } = destination.end;
      km[j] = origin.end.approachKm + origin.end.snapKm + network[c]! + snapKm + approachKm;
      if (passages) passages[j] = named(searches.pathPassageCodes(c));
      if (quantities) {
        searches.pathEdges(c, (e) => {
          for (let k = 0; k < quantities.length; k++) quantities[k]![j]! += edgeQuantities[k]![e]!;
        });
      }
    }
    return { km, passages, quantities };
  };

  return { ok: true, table: { anchors, row } };
}
