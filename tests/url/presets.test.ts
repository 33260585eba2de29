import { describe, expect, test } from 'vitest';
import { CLAIM_IDS, LAYER_IDS, PRESET_IDS } from '../../src/content/ids';
import { PRESET_LIST, PRESETS } from '../../src/content/presets';
import { PANEL_IDS } from '../../src/lib/url/state';

const contains = (id: keyof typeof PRESETS, lng: number, lat: number) => {
  const [[w, s], [e, n]] = PRESETS[id].camera.bounds;
  return (lng >= w && lng <= e) || (lng + 360 >= w && lng + 360 <= e)
    ? lat >= s && lat <= n
    : false;
};

describe('presets', () => {
  test('the menu lists every preset once, in PRESET_IDS order', () => {
    expect(PRESET_LIST.map((p) => p.id)).toEqual([...PRESET_IDS]);
  });

  test.each(PRESET_IDS)('%s is well-formed data', (id) => {
    const p = PRESETS[id];
    expect(p.id).toBe(id);
    expect(p.title.length).toBeGreaterThan(0);
    expect(p.description).toMatch(/^[^\n]{10,120}$/);
    const [[w, s], [e, n]] = p.camera.bounds;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    expect(e - w).toBeLessThanOrEqual(360);
    expect(w).toBeGreaterThanOrEqual(-180);
    expect(e).toBeLessThanOrEqual(360);
    for (const lat of [s, n]) expect(Math.abs(lat)).toBeLessThanOrEqual(85.051129);
    for (const l of p.layers) expect(LAYER_IDS).toContain(l);
    expect(new Set(p.layers).size).toBe(p.layers.length);
    if (p.claim) expect(CLAIM_IDS).toContain(p.claim);
    if (p.panel) expect(PANEL_IDS).toContain(p.panel);
  });

  // Places each preset promises to show (Natural Earth coordinates, rounded).
  test.each<[keyof typeof PRESETS, string, number, number]>([
    ['overview', 'Chennai', 80.3, 13.1],
    ['overview', 'Vladivostok', 131.9, 43.1],
    ['overview', 'Chukotka, Anadyr', 177.5, 64.7],
    ['overview', 'Gujarat, Kandla', 70.2, 23.0],
    ['corridor', 'Chennai', 80.3, 13.1],
    ['corridor', 'Singapore', 103.7, 1.3],
    ['corridor', 'Vladivostok', 131.9, 43.1],
    ['comparison', 'Mumbai', 72.8, 18.8],
    ['comparison', 'Gibraltar', -5.4, 36.1],
    ['comparison', 'St Petersburg', 30.3, 59.9],
    ['comparison', 'Vladivostok', 131.9, 43.1],
    ['malacca', 'Singapore', 103.7, 1.3],
    ['malacca', 'Port Klang', 101.4, 3.0],
    ['far-east', 'Primorsky, south tip', 130.7, 42.3],
    ['far-east', 'Chukotka, east tip', -169.0, 66.0],
    ['far-east', 'Buryatia, west tip', 98.7, 51.0],
    ['vladivostok', 'Vladivostok', 131.9, 43.1],
    ['vladivostok', 'Primorsky, north tip', 137.0, 48.4],
  ])('%s frames %s', (id, _place, lng, lat) => {
    expect(contains(id, lng, lat)).toBe(true);
  });

  test('far-east crosses the antimeridian the MapLibre way (east > 180)', () => {
    expect(PRESETS['far-east'].camera.bounds[1][0]).toBeGreaterThan(180);
  });
});
