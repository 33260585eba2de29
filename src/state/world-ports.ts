/**
 * The door to the World Port Index catalogue (geo/world-ports.geojson, issue #28): fetched once,
 * lazily (when the planner opens or the map first shows the world ports), and shared by the
 * planner, its routing worker and the map. src/app/world-ports.ts implements it.
 */
import type { Port } from '../lib/routing/ports';

export interface WorldPorts {
  /**
   * The catalogue, fetching it on the first call. Resolves null when the fetch failed: a notice
   * says so with Retry, and callers keep working on the 47 curated ports meanwhile.
   */
  load(): Promise<readonly Port[] | null>;
  /** Runs `listener` when the catalogue arrives after a failure (Retry, back online). */
  onArrive(listener: (ports: readonly Port[]) => void): () => void;
}
