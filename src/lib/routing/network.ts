/**
 * The compiled sea-lane graph (geo/sea-network.json, built by scripts/build-network.ts) and its
 * in-memory form: compressed sparse rows over typed arrays, so a query allocates almost nothing.
 */
import { geodesicKm } from './geodesic';
import type { CompiledHierarchy, PlainGraph, SeaGraph } from './graph-types';
import { decodeHierarchy } from './hierarchy';
import { PASSAGE_IDS, passageCode, type PassageId } from './passages';

export type { PlainGraph, SeaGraph } from './graph-types';

export const NETWORK_FORMAT = 'corridor-atlas/sea-network@2';

/** The JSON written by scripts/build-network.ts. Integers keep it small and gzip-friendly. */
export interface CompiledNetwork {
  format: typeof NETWORK_FORMAT;
  source: string;
  licence: string;
  /** Coordinates are integers: degrees × scale (marnet has 5 decimals, so nothing is lost). */
  scale: number;
  /** Node coordinates, delta-encoded: [dLon0, dLat0, dLon1, dLat1, …] in scaled integers. */
  nodes: number[];
  /** Edge endpoints, delta-encoded: [dA0, B0 − A0, dA1, B1 − A1, …] (A sorted ascending). */
  edges: number[];
  /** Edge lengths in metres (WGS84 geodesic, rounded), one per edge. */
  lengthsM: number[];
  /** Edge indices carrying each passage label (sparse; unlabelled edges are not listed). */
  passages: Partial<Record<PassageId, number[]>>;
  /** Edge indices of the zero-length edges that join nodes at longitude 180 and −180. */
  joins: number[];
  /** Contraction order and shortcuts for fast exact queries (see hierarchy.ts). */
  hierarchy: CompiledHierarchy;
}

/** Checks the compiled JSON's shape; throws with a clear message when it is not ours. */
export function validateCompiledNetwork(data: unknown): CompiledNetwork {
  const d = data as Partial<CompiledNetwork> | null;
  if (!d || typeof d !== 'object' || d.format !== NETWORK_FORMAT) {
    throw new Error(`sea network: expected format ${NETWORK_FORMAT}`);
  }
  const arrays = [d.nodes, d.edges, d.lengthsM, d.joins];
  if (!arrays.every(Array.isArray) || typeof d.scale !== 'number' || !d.passages) {
    throw new Error('sea network: missing nodes, edges, lengthsM, joins, scale or passages');
  }
  if (d.nodes!.length % 2 !== 0 || d.edges!.length !== d.lengthsM!.length * 2) {
    throw new Error('sea network: array lengths do not match');
  }
  const h = d.hierarchy;
  if (!h || !Array.isArray(h.order) || !Array.isArray(h.shortcuts)) {
    throw new Error('sea network: missing hierarchy (order, shortcuts)');
  }
  return d as CompiledNetwork;
}

/** Decodes the compiled JSON into a SeaGraph and replays its contraction hierarchy. */
export function decodeNetwork(data: CompiledNetwork): SeaGraph {
  const net = validateCompiledNetwork(data);
  const graph = decodeGraph(net);
  return { ...graph, hierarchy: decodeHierarchy(graph, net.hierarchy) };
}

/** Decodes nodes and edges only (one pass over the arrays, then a CSR build). */
export function decodeGraph(net: Omit<CompiledNetwork, 'hierarchy'>): PlainGraph {
  const nodeCount = net.nodes.length / 2;
  const edgeCount = net.lengthsM.length;
  const lon = new Float64Array(nodeCount);
  const lat = new Float64Array(nodeCount);
  let x = 0;
  let y = 0;
  for (let i = 0; i < nodeCount; i++) {
    x += net.nodes[2 * i]!;
    y += net.nodes[2 * i + 1]!;
    lon[i] = x / net.scale;
    lat[i] = y / net.scale;
  }
  const edgeA = new Uint32Array(edgeCount);
  const edgeB = new Uint32Array(edgeCount);
  const edgeKm = new Float64Array(edgeCount);
  const degree = new Uint32Array(nodeCount + 1);
  let a = 0;
  for (let e = 0; e < edgeCount; e++) {
    a += net.edges[2 * e]!;
    const b = a + net.edges[2 * e + 1]!;
    if (a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) {
      throw new Error(`sea network: edge ${e} points outside the node list`);
    }
    edgeA[e] = a;
    edgeB[e] = b;
    edgeKm[e] = net.lengthsM[e]! / 1000;
    degree[a]!++;
    degree[b]!++;
  }
  const edgePassage = new Uint8Array(edgeCount);
  for (const id of PASSAGE_IDS) {
    for (const e of net.passages[id] ?? []) edgePassage[e] = passageCode(id);
  }
  const adjStart = new Uint32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) adjStart[n + 1] = adjStart[n]! + degree[n]!;
  const fill = adjStart.slice(0, nodeCount);
  const adjNode = new Uint32Array(edgeCount * 2);
  const adjEdge = new Uint32Array(edgeCount * 2);
  for (let e = 0; e < edgeCount; e++) {
    const ea = edgeA[e]!;
    const eb = edgeB[e]!;
    adjNode[fill[ea]!] = eb;
    adjEdge[fill[ea]!++] = e;
    adjNode[fill[eb]!] = ea;
    adjEdge[fill[eb]!++] = e;
  }
  return {
    nodeCount,
    edgeCount,
    lon,
    lat,
    edgeA,
    edgeB,
    edgeKm,
    edgePassage,
    adjStart,
    adjNode,
    adjEdge,
    joins: net.joins,
  };
}

/** Recomputes an edge's geodesic length from its endpoints (used by tests and the compiler). */
export function edgeGeodesicKm(g: SeaGraph, e: number): number {
  const a = g.edgeA[e]!;
  const b = g.edgeB[e]!;
  return geodesicKm(g.lon[a]!, g.lat[a]!, g.lon[b]!, g.lat[b]!);
}

/** How many nodes can be reached from `start` over the graph's edges (all passages open). */
export function countReachable(g: SeaGraph, start = 0): number {
  const seen = new Uint8Array(g.nodeCount);
  const stack = [start];
  seen[start] = 1;
  let reached = 1;
  while (stack.length) {
    const n = stack.pop()!;
    for (let k = g.adjStart[n]!; k < g.adjStart[n + 1]!; k++) {
      const m = g.adjNode[k]!;
      if (!seen[m]) {
        seen[m] = 1;
        reached++;
        stack.push(m);
      }
    }
  }
  return reached;
}
