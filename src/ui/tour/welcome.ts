/**
 * The welcome line of a first visit: one sentence at the head of the panel offering the tour.
 * Dismissed, or once the tour has been opened, it does not come back (remembered in this
 * browser's storage; without storage it shows until dismissed).
 */
import { TOUR_LENGTH } from '../../content/tour';
import { h } from '../frame/dom';
import { rich, t } from '../frame/i18n';
import type { TourHandle } from './tour';

const SEEN_KEY = 'corridor-atlas:welcomed';

function remember(): void {
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage refused (private mode, a sandboxed iframe): the line just shows again next time.
  }
}

function seen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

/** Shows the welcome line at the top of `panel`, unless this browser has seen it. */
export function showWelcome(panel: HTMLElement, tour: TourHandle): void {
  if (seen()) return;
  let take: HTMLButtonElement | null = null;
  const line = h(
    'p',
    { class: 'welcome', 'data-testid': 'welcome' },
    ...rich('welcome.line', {
      steps: TOUR_LENGTH,
      take: (chunks) =>
        (take = h(
          'button',
          { type: 'button', class: 'link-button', 'data-testid': 'welcome-tour' },
          ...chunks,
        )),
    }),
    h(
      'button',
      {
        type: 'button',
        class: 'welcome-dismiss',
        'aria-label': t('welcome.dismiss'),
        onclick: () => {
          remember();
          line.remove();
        },
      },
      '×',
    ),
  );
  (take as HTMLButtonElement | null)?.addEventListener('click', () => {
    remember();
    line.remove();
    tour.open(document.querySelector<HTMLElement>('[data-testid="tour-button"]'));
  });
  panel.prepend(line);
}
