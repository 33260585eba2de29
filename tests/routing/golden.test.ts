/**
 * Golden GeoJSON routes under tests/fixtures/routes/ (open them in any GIS). Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/routing/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lineFeature,
  round1,
  roundCoords,
  type Endpoint,
  type RouteOptions,
} from '../../src/lib/routing/index';
import { loadSeaRouter } from '../../scripts/lib/load-network';
import { buildRouteFeatures } from '../../scripts/build-routes';
import { repoRoot } from '../../scripts/lib/io';

const router = loadSeaRouter();
const DIR = resolve(repoRoot, 'tests/fixtures/routes');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const GOLDEN: Record<string, { from: Endpoint; to: Endpoint; options?: RouteOptions }> = {
  'marseille-shanghai-eurostat': { from: [5.3, 43.3], to: [121.8, 31.2] },
  'chennai-vladivostok': { from: 'chennai', to: 'vladivostok' },
  'chennai-vladivostok-avoid-malacca': {
    from: 'chennai',
    to: 'vladivostok',
    options: { avoid: ['malacca'] },
  },
  'murmansk-vladivostok-nsr': {
    from: 'murmansk',
    to: 'vladivostok',
    options: { open: ['northeast'] },
  },
  'shanghai-los-angeles': { from: 'shanghai', to: 'los-angeles' },
  'mumbai-st-petersburg': { from: 'mumbai', to: 'st-petersburg' },
};

describe('golden routes', () => {
  for (const [name, q] of Object.entries(GOLDEN)) {
    it(name, () => {
      const r = router.findSeaRoute(q.from, q.to, q.options);
      if (!r.ok) throw new Error(r.error.message);
      const feature = lineFeature(roundCoords(r.route.coordinates), {
        from: q.from,
        to: q.to,
        options: q.options ?? {},
        km: round1(r.route.km),
        nm: round1(r.route.nm),
        passages: r.route.passages,
      });
      const path = resolve(DIR, `${name}.geojson`);
      const text = `${JSON.stringify({ type: 'FeatureCollection', features: [feature] })}\n`;
      if (UPDATE) writeFileSync(path, text);
      expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

  it('geo/routes.geojson is what scripts/build-routes.ts computes', () => {
    const shipped = JSON.parse(readFileSync(resolve(repoRoot, 'geo/routes.geojson'), 'utf8'));
    expect(shipped.features).toEqual(buildRouteFeatures());
    expect(shipped.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'corridor',
      'comparison',
      'variant',
    ]);
  });
});
