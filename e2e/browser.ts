/**
 * Which Chromium the end-to-end tests drive. Debian's /usr/bin/chromium when present (the
 * Playwright download is unavailable on our CI), overridable with CHROMIUM_PATH; otherwise
 * Playwright's own Chromium (`npx playwright install chromium`, on a machine with internet).
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium executable to launch, or undefined for Playwright's own browser. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Flags for a hermetic headless run; WebGL runs on SwiftShader, so MapLibre renders for real. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
