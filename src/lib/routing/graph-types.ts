/**
 * The sea graph's types, shared by the network decoder, the contraction hierarchy (built at data
 * time, replayed at load) and the query: one module below all three, so none imports another's
 * types in a circle.
 */

/** The decoded graph. Undirected: each edge appears in the adjacency of both endpoints. */
export interface SeaGraph {
  nodeCount: number;
  edgeCount: number;
  lon: Float64Array;
  lat: Float64Array;
  edgeA: Uint32Array;
  edgeB: Uint32Array;
  edgeKm: Float64Array;
  /** 0 = no passage, i + 1 = PASSAGE_IDS[i]. */
  edgePassage: Uint8Array;
  /** CSR adjacency: neighbours of node n are adjNode[adjStart[n] … adjStart[n + 1] − 1]. */
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjEdge: Uint32Array;
  joins: readonly number[];
  /** The contraction hierarchy the router searches (shortcuts over these edges). */
  hierarchy: Hierarchy;
}

/** The graph without its hierarchy: what the hierarchy is built from. */
export type PlainGraph = Omit<SeaGraph, 'hierarchy'>;

/** The hierarchy as stored in geo/sea-network.json. */
export interface CompiledHierarchy {
  /** Node ids in contraction order. */
  order: number[];
  /**
   * For each node of `order`: k, then k pairs (i, j) of positions in the node's edge list when it
   * was contracted; each pair became a shortcut. Small integers: they compress well.
   */
  shortcuts: number[];
}

export interface Hierarchy {
  /** rank[v] = when v was contracted; searches only climb to higher ranks. */
  rank: Uint32Array;
  /** Edges 0 … graph.edgeCount − 1 are the graph's; later ones are shortcuts. */
  edgeCount: number;
  edgeA: Uint32Array;
  edgeB: Uint32Array;
  edgeKm: Float64Array;
  /** Bit i set = the edge (or a graph edge it replaces) has passage code i. */
  edgeMask: Uint32Array;
  /** The two edges a shortcut replaces, A's end first (−1 for graph edges). */
  childA: Int32Array;
  childB: Int32Array;
  /** CSR of upward edges: from each node to its neighbours of higher rank. */
  upStart: Uint32Array;
  upNode: Uint32Array;
  upEdge: Uint32Array;
}
