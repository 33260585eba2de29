import './ui/frame/fonts.css';
import './ui/frame/styles.css';
import { startApp } from './app/app';
import { registerServiceWorker } from './app/pwa';
import { Notices } from './ui/frame/notices';
import { t } from './ui/frame/i18n';

startApp()
  .catch((error: unknown) => {
    // Last resort: the page must never stay blank.
    console.error(error);
    const fallback = document.getElementById('map-fallback');
    if (fallback) {
      fallback.hidden = false;
      fallback.textContent = t('page.startFailed');
    }
  })
  // After the map's first idle (at once without a map), so precaching the build never competes
  // with the first view's downloads. `corridorAtlas.ready` is the map's own promise (app.ts).
  .finally(async () => {
    const handle = (window as { corridorAtlas?: { ready?: Promise<void> } }).corridorAtlas;
    await handle?.ready?.catch(() => undefined);
    const root = document.getElementById('notices');
    if (root) registerServiceWorker(new Notices(root));
  });
