/**
 * Makes public/social-card.png, the 1200 × 630 image of index.html's social card (og:image),
 * from the built app: the corridor view in embed mode (no toolbar or panel), drawn by the app's
 * own map in headless Chromium and saved as it renders. Run after `npm run build`:
 * `npm run social-card`. Provenance: docs/public-files.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser.ts';
import { serve } from './bench/static-server.ts';
import { repoRoot } from './lib/io.ts';

const OUT = resolve(repoRoot, 'public/social-card.png');
const dist = resolve(repoRoot, 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('Build the app first: npm run build');
  process.exit(1);
}
const { server, url } = await serve(dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    reducedMotion: 'reduce',
  });
  await page.goto(`${url}#view=corridor&embed=1`);
  await page.waitForFunction(
    () => (window as { corridorAtlas?: unknown }).corridorAtlas !== undefined,
  );
  await page.evaluate(async () => {
    const atlas = (window as unknown as { corridorAtlas: { ready: Promise<void> } }).corridorAtlas;
    await atlas.ready;
    await document.fonts.ready;
  });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
