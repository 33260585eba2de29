import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApproachSearch, targetsFor } from '../../scripts/lib/approach-search';
import { landIndex } from '../../scripts/lib/land-index';
import { NETWORK_PATH } from '../../scripts/lib/load-network';
import { buildWaterGrid } from '../../scripts/lib/water-grid';
import { APPROACH } from '../../scripts/lib/world-ports';
import { decodeNetwork, lineKm, type LonLat } from '../../src/lib/routing/index';

const land = landIndex();
const grid = buildWaterGrid(land);
const graph = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
const position = (n: number): LonLat => [graph.lon[n]!, graph.lat[n]!];
const all = Array.from({ length: graph.nodeCount }, (_, i) => i);
const search = createApproachSearch(grid, land, targetsFor(grid, all, position));

describe('approaches that follow the water', () => {
  it('goes down the Delaware from Philadelphia, touching no land beyond the tolerance', () => {
    const harbour: LonLat = [-75.13333, 39.95];
    const a = search(harbour, APPROACH);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.landKm).toBe(0);
    expect(land.touchesLandBeyond([harbour, ...a.approach], APPROACH.toleranceKm)).toBe(false);
    // It ends on a network node, in Delaware Bay, well south of the city.
    expect(a.approach.at(-1)).toEqual(position(a.node));
    expect(position(a.node)[1]).toBeLessThan(39.5);
    expect(lineKm([harbour, ...a.approach])).toBeLessThan(APPROACH.maxKm);
  });

  it('crosses as little land as it must where 1:50m has no water (Milwaukee, on Lake Michigan)', () => {
    const a = search([-87.88333, 43.03333], APPROACH);
    expect(a.ok).toBe(true);
    if (a.ok) expect(a.landKm).toBeGreaterThan(50); // Natural Earth's land covers the lake
  });

  it('finds no approach from enclosed water the network does not reach (the Caspian at Baku)', () => {
    expect(search([49.87, 40.35], APPROACH)).toEqual({ ok: false, enclosed: true });
  });

  it('finds none from Lake Superior, where the network has no lane within 300 km', () => {
    expect(search([-92.1, 46.76667], APPROACH)).toEqual({ ok: false, enclosed: false });
  });
});
