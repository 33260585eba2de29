/**
 * Many hash changes in a row, as a reader clicking through links and Back would make them: the
 * planner's routes (each waited for), a claim, a preset with its own camera. Shared by the memory
 * bench (1,000 changes, heap measured) and the faults spec (a short run, marks and errors).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { plannerRequest, requestKey } from '../../src/lib/planner/plan.ts';
import { parsePorts } from '../../src/lib/routing/ports.ts';
import { parseHash } from '../../src/lib/url/codec.ts';

export const CHURN_HASHES = [
  '#panel=planner&from=chennai&to=vladivostok',
  '#panel=planner&from=chennai&to=vladivostok&avoid=malacca',
  '#panel=planner&from=murmansk&to=vladivostok&open=northeast',
  '#panel=claims&claim=relos',
  '#panel=planner&from=nhava-sheva&to=st-petersburg',
  '#map=4/20/90&view=malacca',
] as const;

const PORTS = parsePorts(
  JSON.parse(readFileSync(new URL('../../geo/ports.geojson', import.meta.url), 'utf8')),
);
const CATALOGUES = { portIds: new Set(PORTS.map((p) => p.id)) };

/** The planner's route key for a hash (the app's own requestKey), or null if it plans no route. */
export function churnRouteKey(hash: string): string | null {
  const request = plannerRequest(parseHash(hash, CATALOGUES).state);
  return request && requestKey(request);
}

/**
 * Sets `count` hashes of CHURN_HASHES in turn from `offset`, in the page: each waits for its
 * hashchange and, for a planner route, for the route's numbers.
 */
export async function churn(page: Page, count: number, offset: number): Promise<void> {
  const steps = Array.from({ length: count }, (_, i) => {
    const hash = CHURN_HASHES[(offset + i) % CHURN_HASHES.length]!;
    return { hash, key: churnRouteKey(hash) };
  });
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  await page.evaluate(async (steps) => {
    const panel = document.querySelector<HTMLElement>('[data-testid="tabpanel-planner"]')!;
    for (const { hash, key } of steps) {
      const changed = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = hash;
      await changed;
      if (key === null || panel.dataset.routeKey === key) continue;
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (panel.dataset.routeKey !== key) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(panel, { attributes: true, attributeFilter: ['data-route-key'] });
      });
    }
  }, steps);
}
