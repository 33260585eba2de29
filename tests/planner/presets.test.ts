/** Each one-click comparison does what its title says, checked against the routing engine. */
import { describe, expect, it } from 'vitest';
import { endpointOf } from '../../src/lib/planner/plan';
import { PLANNER_PRESETS, PLANNER_PRESET_LIST } from '../../src/lib/planner/planner-presets';
import type { RouteOptions } from '../../src/lib/routing/route';
import { loadSeaRouter } from '../../scripts/lib/load-network';

const router = loadSeaRouter();
const portIds = new Set(router.ports.map((p) => p.id));

function run(preset: (typeof PLANNER_PRESET_LIST)[number], options?: RouteOptions) {
  const r = router.findSeaRoute(
    endpointOf(preset.from),
    endpointOf(preset.to),
    options ?? { avoid: preset.avoid, open: preset.open },
  );
  if (!r.ok) throw new Error(`${preset.id}: ${r.error.message}`);
  return r.route;
}

describe('planner presets', () => {
  it('name ports of the catalogue', () => {
    for (const p of PLANNER_PRESET_LIST) {
      for (const end of [p.from, p.to]) {
        expect(end.kind === 'port' && portIds.has(end.id), `${p.id}`).toBe(true);
      }
    }
  });

  it('"Chennai → Vladivostok, Malacca closed": no Malacca, longer than through it', () => {
    const p = PLANNER_PRESETS['malacca-closed'];
    const closed = run(p);
    const open = run(p, {});
    expect(open.passages).toContain('malacca');
    expect(closed.passages).not.toContain('malacca');
    expect(closed.km).toBeGreaterThan(open.km);
  });

  it('"India → Russia\'s Arctic via the Northern Sea Route" uses the NSR and beats the Cape', () => {
    const p = PLANNER_PRESETS['arctic-nsr'];
    expect(p.from).toEqual({ kind: 'port', id: 'chennai' });
    const route = run(p);
    expect(route.passages).toContain('northeast');
    expect(route.passages).toContain('bering');
    expect(Math.max(...route.coordinates.map((c) => c[1]))).toBeGreaterThan(75);
    // The same closures without the NSR: round the Cape, and longer.
    const cape = run(p, { avoid: p.avoid });
    expect(cape.passages).not.toContain('northeast');
    expect(Math.min(...cape.coordinates.map((c) => c[1]))).toBeLessThan(-30);
    expect(route.km).toBeLessThan(cape.km);
  });

  it('"Red Sea closed: Mumbai → St Petersburg round the Cape" passes south of Africa', () => {
    const p = PLANNER_PRESETS['red-sea-closed'];
    const route = run(p);
    expect(route.passages).not.toContain('suez');
    expect(route.passages).not.toContain('babelmandeb');
    // South of 30°S between 10°E and 35°E: round the Cape of Good Hope (34.4°S, 18.5°E).
    const capeLeg = route.coordinates.filter(([lon, lat]) => lat < -30 && lon > 10 && lon < 35);
    expect(capeLeg.length).toBeGreaterThan(0);
    expect(route.km).toBeGreaterThan(run(p, {}).km);
  });
});
