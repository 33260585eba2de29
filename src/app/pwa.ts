/**
 * The service worker (issue #14): registered once the page has started, so the whole build is
 * precached and the atlas opens offline from the second visit on. When a new build has been
 * deployed, its worker waits (it never serves its files to a page of the old build) and the page
 * offers to reload into it. vite.config.ts configures the worker (vite-plugin-pwa, Workbox);
 * in `npm run dev` the virtual module registers nothing.
 */
import { registerSW } from 'virtual:pwa-register';
import type { Notices } from '../ui/frame/notices';
import { t } from '../ui/frame/i18n';

/** Registers the service worker; a waiting new version shows a notice with a Reload button. */
export function registerServiceWorker(notices: Notices): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => {
      // The e2e tests and the docs quote its English words (`page.update`).
      notices.show(() => t('page.update'), 'info', {
        // The new worker takes over, then the page reloads into the new build (workbox-window).
        action: { label: () => t('page.reload'), run: () => void update(true) },
      });
    },
    // Without a worker the atlas works as before, only not offline: not worth an error.
    onRegisterError: (error: unknown) => console.warn('Service worker not registered', error),
  });
}
