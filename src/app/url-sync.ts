/**
 * Keeps the URL hash and the state in step (docs/url-format.md). State → URL: deliberate
 * navigation pushes a history entry, adjustments (camera, speed, layers) replace the current one,
 * throttled. URL → state: Back/Forward and edited hashes are parsed, problems shown as notices.
 */
import type { AppState } from '../state/app-state';
import { parseHash, serializeHash } from '../lib/url/codec';
import { decideHistoryAction, HASH_UPDATE_INTERVAL_MS, throttle } from '../lib/url/history';
import type { UrlCatalogues, UrlState } from '../lib/url/state';
import type { NoticeSink } from '../state/context';
import type { Store } from '../state/store';
import type { UrlProblem } from '../lib/url/problems';
import { locale, t } from '../ui/frame/i18n';
import { selectKey } from '../lib/i18n/translator';

/**
 * A problem with a link in the reader's language: in English the parser's own sentence, in the
 * other languages what kind of problem it was, for which key and which value.
 */
function problemText(p: UrlProblem): string {
  if (locale() === 'en') return p.message;
  return t('url.problem', { key: p.key, code: selectKey(p.code), value: p.value ?? '' });
}

/** Reads a hash, reporting what was ignored; never throws. */
export function readHash(hash: string, catalogues: UrlCatalogues, notices: NoticeSink): UrlState {
  const { state, problems } = parseHash(hash, catalogues);
  if (problems.length > 0) {
    notices.show(
      () => t('page.linkProblems', { problems: problems.map(problemText).join(' ') }),
      'warning',
    );
  }
  return state;
}

function urlFor(state: UrlState): string {
  const hash = serializeHash(state);
  return hash === '' ? `${location.pathname}${location.search}` : hash;
}

let correcting = false;

/**
 * Runs `change` as a correction of the link the reader opened (a port id the World Port Index
 * names otherwise, or lacks): it replaces the history entry, so Back never returns to a link
 * that would only be corrected again.
 */
export function asCorrection(change: () => void): void {
  correcting = true;
  try {
    change();
  } finally {
    correcting = false;
  }
}

/**
 * Starts syncing; `onHistory` runs when Back/Forward (or an edited hash) changed the state, so
 * the map can move to it.
 */
export function startUrlSync(
  store: Store<AppState>,
  catalogues: UrlCatalogues,
  notices: NoticeSink,
  onHistory: (url: UrlState) => void,
): void {
  // Write the link back as the app read it: rejected parts (a bad speed, markup) leave the
  // address bar, and a camera the map clamped shows where the map really is.
  if (serializeHash(store.state.url) !== location.hash) {
    history.replaceState(history.state, '', urlFor(store.state.url));
  }
  let applyingHistory = false;
  const replace = throttle(
    () => history.replaceState(history.state, '', urlFor(store.state.url)),
    HASH_UPDATE_INTERVAL_MS,
    {
      now: () => performance.now(),
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  );
  store.subscribe((state, previous) => {
    if (applyingHistory || state.url === previous.url) return;
    const action = correcting ? 'replace' : decideHistoryAction(previous.url, state.url);
    if (action === 'push') {
      // Settle the current entry first, so Back returns to exactly what the user had.
      replace.cancel();
      history.replaceState(history.state, '', urlFor(previous.url));
      history.pushState(null, '', urlFor(state.url));
    } else if (action === 'replace') {
      replace.call();
    }
  });

  const fromLocation = () => {
    const url = readHash(location.hash, catalogues, notices);
    if (serializeHash(url) === serializeHash(store.state.url)) return;
    replace.cancel();
    applyingHistory = true;
    try {
      store.update((s) => ({ ...s, url }));
    } finally {
      applyingHistory = false;
    }
    onHistory(url);
  };
  window.addEventListener('popstate', fromLocation);
  window.addEventListener('hashchange', fromLocation);
}
