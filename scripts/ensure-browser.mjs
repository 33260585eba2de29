// Makes sure the end-to-end tests have a Chromium to drive, or says in one sentence what to do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const { chromium } = await import('@playwright/test');
if (existsSync(chromium.executablePath())) process.exit(0);

console.log('No Chromium found: installing Playwright’s own (needs internet)…');
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0 && existsSync(chromium.executablePath())) process.exit(0);

console.error(
  'The end-to-end tests need Chromium: install Debian’s (`sudo apt-get install -y chromium`), ' +
    'set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` with internet access.',
);
process.exit(1);
