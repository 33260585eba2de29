/** Each one-click comparison does what its title says, checked against the routing engine. */
import { describe, expect, it } from 'vitest';
import { endpointOf } from '../../src/lib/planner/plan';
import { SCENARIOS, SCENARIO_LIST } from '../../src/lib/planner/scenarios';
import { setPins } from '../../src/lib/url/planner';
import { DEFAULT_STATE, MAX_PINS, type PinnedRoute } from '../../src/lib/url/state';
import { loadSeaRouter } from '../../scripts/lib/load-network';

const router = loadSeaRouter();
const portIds = new Set(router.ports.map((p) => p.id));

function run(pin: PinnedRoute) {
  const r = router.findSeaRoute(endpointOf(pin.from), endpointOf(pin.to), {
    avoid: pin.avoid,
    open: pin.open,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.route;
}

/** The routes of a scenario, computed. */
const routesOf = (id: keyof typeof SCENARIOS) => SCENARIOS[id].routes.map(run);

/** Whether a route passes south of 30°S between 10°E and 35°E: round the Cape of Good Hope. */
const roundsTheCape = (coordinates: readonly (readonly number[])[]) =>
  coordinates.some(([lon, lat]) => lat! < -30 && lon! > 10 && lon! < 35);

describe('planner scenarios', () => {
  it('pin two or three routes between ports of the catalogue, as the URL keeps them', () => {
    for (const p of SCENARIO_LIST) {
      expect(p.routes.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.routes.length, p.id).toBeLessThanOrEqual(MAX_PINS);
      for (const end of p.routes.flatMap((r) => [r.from, r.to])) {
        expect(end.kind === 'port' && portIds.has(end.id), p.id).toBe(true);
      }
      // Already canonical: pinning them changes nothing, so the link reads as the scenario.
      expect(setPins(DEFAULT_STATE, p.routes).pins).toEqual(p.routes);
    }
  });

  it('"Red Sea closed: Mumbai → St Petersburg, Suez vs the Cape"', () => {
    const [suez, cape] = routesOf('red-sea-closed');
    expect(suez!.passages).toContain('suez');
    expect(roundsTheCape(suez!.coordinates)).toBe(false);
    expect(cape!.passages).not.toContain('suez');
    expect(cape!.passages).not.toContain('babelmandeb');
    expect(roundsTheCape(cape!.coordinates)).toBe(true);
    expect(cape!.km).toBeGreaterThan(suez!.km);
  });

  it('"Northern Sea Route: Murmansk → Vladivostok, Arctic vs Suez"', () => {
    const [suez, arctic] = routesOf('arctic-nsr');
    expect(suez!.passages).toContain('suez');
    expect(suez!.passages).not.toContain('northeast');
    expect(arctic!.passages).toEqual(expect.arrayContaining(['northeast', 'bering']));
    expect(arctic!.passages).not.toContain('suez');
    expect(Math.max(...arctic!.coordinates.map((c) => c[1]))).toBeGreaterThan(75);
    expect(arctic!.km).toBeLessThan(suez!.km);
  });

  it('"The corridor via Malacca, Sunda or Lombok"', () => {
    const [malacca, sunda, lombok] = routesOf('malacca-sunda-lombok');
    expect(malacca!.passages).toContain('malacca');
    expect(sunda!.passages).toContain('sunda');
    expect(sunda!.passages).not.toContain('malacca');
    expect(lombok!.passages).toContain('lombok');
    expect(lombok!.passages).not.toContain('sunda');
    expect(malacca!.km).toBeLessThan(sunda!.km);
    expect(sunda!.km).toBeLessThan(lombok!.km);
  });
});
