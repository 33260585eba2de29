/**
 * Renders the web app manifest's PNG icons from public/favicon.svg (`npx tsx
 * scripts/build-icons.ts`), in the Chromium the end-to-end tests drive (e2e/browser.ts). The PNGs
 * are committed; run this again after changing the SVG.
 *
 * - public/icon-192.png, public/icon-512.png: the SVG as drawn (rounded corners, transparent).
 * - public/icon-maskable-512.png: the drawing inside the 80 % safe zone on a full-bleed square of
 *   the SVG's own background colour, so a platform's mask (circle, squircle) never cuts it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';

const publicDir = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', publicDir), 'utf8');
/** The favicon's background fill, for the maskable icon's bleed. */
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#ffffff';

const page = (size: number, maskable: boolean) => {
  const inner = maskable ? Math.round(size * 0.8) : size;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? background : 'transparent'}"><img src="${src}" width="${inner}" height="${inner}"></body></html>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const icon of icons) {
    const tab = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await tab.setContent(page(icon.size, icon.maskable));
    await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await tab.screenshot({ omitBackground: !icon.maskable, type: 'png' });
    writeFileSync(new URL(icon.file, publicDir), png);
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
    await tab.close();
  }
} finally {
  await browser.close();
}
