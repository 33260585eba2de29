import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geodesicKm, parsePorts, type LonLat } from '../../src/lib/routing/index';
import { PORTS_PATH, isOnLand, loadSeaRouter } from '../../scripts/lib/load-network';
import { PORT_MAX_SNAP_KM, PORT_SPECS } from '../../scripts/lib/port-specs';
const ports = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8')));
const router = loadSeaRouter();

describe('geo/ports.geojson', () => {
  it('has at least 40 ports with unique ids', () => {
    expect(ports.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ports.map((p) => p.id)).size).toBe(ports.length);
  });

  it('contains the ports the issue names', () => {
    const required = [
      'chennai',
      'mumbai',
      'nhava-sheva',
      'kolkata',
      'visakhapatnam',
      'kochi',
      'kandla',
      'mundra',
      'paradip',
      'tuticorin',
      'vladivostok',
      'nakhodka',
      'vostochny',
      'vanino',
      'korsakov',
      'petropavlovsk-kamchatsky',
      'magadan',
      'murmansk',
      'arkhangelsk',
      'st-petersburg',
      'ust-luga',
      'novorossiysk',
      'singapore',
      'port-klang',
      'colombo',
      'busan',
      'shanghai',
      'hong-kong',
      'dalian',
      'port-said',
      'jeddah',
      'bandar-abbas',
      'rotterdam',
      'hamburg',
      'yokohama',
      'los-angeles',
      'marseille',
    ];
    for (const id of required) expect(router.getPort(id), id).toBeDefined();
  });

  it('finds ports by their old names and aliases', () => {
    expect(router.getPort('Madras')?.id).toBe('chennai');
    expect(router.getPort('bombay')?.id).toBe('mumbai');
    expect(router.getPort('Calcutta')?.id).toBe('kolkata');
    expect(router.getPort('JNPT')?.id).toBe('nhava-sheva');
    expect(router.getPort('Saint Petersburg')?.id).toBe('st-petersburg');
    expect(router.getPort('Sankt-Peterburg')?.id).toBe('st-petersburg');
  });

  it('has a source and an ISO country for every port', () => {
    for (const p of ports) {
      expect(p.source.length, p.id).toBeGreaterThan(10);
      expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it(`snaps every port within ${PORT_MAX_SNAP_KM} km of the network after its approach`, () => {
    for (const p of ports) {
      const r = router.findSeaRoute(p.id, 'singapore');
      expect(r.ok, p.id).toBe(true);
      if (r.ok) expect(r.route.snapKm.origin, p.id).toBeLessThanOrEqual(PORT_MAX_SNAP_KM);
    }
  });

  it('keeps approach connectors at sea (Natural Earth 1:50m land, harbour tolerance)', () => {
    for (const spec of PORT_SPECS) {
      const port = router.getPort(spec.id)!;
      const r = router.findSeaRoute(spec.id, spec.id === 'singapore' ? 'colombo' : 'singapore');
      if (!r.ok) throw new Error(spec.id);
      const leg: LonLat[] = [port.coordinates, ...port.approach, r.route.origin.node];
      const tolerance = spec.landToleranceKm ?? 3;
      let along = 0;
      for (let i = 1; i < leg.length; i++) {
        const [a, b] = [leg[i - 1]!, leg[i]!];
        const km = geodesicKm(a[0], a[1], b[0], b[1]);
        const steps = Math.max(1, Math.ceil(km / 2));
        for (let s = 0; s < steps; s++) {
          const t = (s + 0.5) / steps;
          if (along + t * km <= tolerance) continue;
          const x = a[0] + (b[0] - a[0]) * t;
          const y = a[1] + (b[1] - a[1]) * t;
          expect(isOnLand(x, y), `${spec.id} at ${x.toFixed(2)},${y.toFixed(2)}`).toBe(false);
        }
        along += km;
      }
    }
  });

  it('rejects an invalid catalogue', () => {
    const bad = (props: Record<string, unknown>, coordinates: unknown = [0, 0]) => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates } }],
    });
    const ok = { id: 'x', name: 'X', country: 'XX', source: 'test source' };
    expect(() => parsePorts(bad(ok))).not.toThrow();
    expect(() => parsePorts(bad({ ...ok, id: 'Bad Id' }))).toThrow(/bad id/);
    expect(() => parsePorts(bad(ok, [200, 0]))).toThrow(/geometry/);
    expect(() => parsePorts(bad({ ...ok, country: 'India' }))).toThrow(/country/);
    expect(() => parsePorts(bad({ ...ok, approach: [[0, 95]] }))).toThrow(/approach/);
    const twice = bad(ok);
    twice.features.push(twice.features[0]!);
    expect(() => parsePorts(twice)).toThrow(/duplicate/);
  });
});
