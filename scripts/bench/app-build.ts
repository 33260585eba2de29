/**
 * What the browser benchmarks share: the production build in a folder of each bench's own (so a
 * concurrent `vite build` of dist/ cannot change it mid-run), served on loopback, and the map's
 * next idle.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../lib/io.ts';
import { serve } from './static-server.ts';

/** Builds the app into `outDir` (relative to the repository) and serves it. */
export async function buildAndServe(outDir: string): ReturnType<typeof serve> {
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  return serve(resolve(repoRoot, outDir));
}

/** Resolves when the map is next idle (a repaint is asked for, so an idle map answers at once). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { corridorAtlas: { map: import('maplibre-gl').Map } })
          .corridorAtlas.map;
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}
