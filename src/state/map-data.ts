/**
 * What the map shows for a state (lib/map-data.ts `toMapData`), derived once per state change and
 * shared: the map, the claim markers, the embed's legend and the exported image all read the same
 * answer for the same state instead of each recomputing it.
 */
import { toMapData, type MapData } from '../lib/map-data';
import type { AppState } from './app-state';

/** A `toMapData` for one region catalogue that recomputes only when given a new state. */
export function mapDataSelector(regionIds: readonly string[]): (state: AppState) => MapData {
  let last: { state: AppState; data: MapData } | null = null;
  return (state) => {
    if (last?.state !== state) last = { state, data: toMapData(state, regionIds) };
    return last.data;
  };
}
