/**
 * The welcome line of a first visit: one sentence at the head of the panel offering the tour.
 * Dismissed, or once the tour has been opened, it does not come back (remembered in this
 * browser's storage; without storage it shows until dismissed).
 */
import { TOUR_LENGTH } from '../../content/tour';
import { h } from '../frame/dom';
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
  const take = h(
    'button',
    { type: 'button', class: 'link-button', 'data-testid': 'welcome-tour' },
    'Take the tour',
  );
  const line = h(
    'p',
    { class: 'welcome', 'data-testid': 'welcome' },
    'New here? ',
    take,
    `: the article’s story in ${TOUR_LENGTH} steps.`,
    h(
      'button',
      {
        type: 'button',
        class: 'welcome-dismiss',
        'aria-label': 'Dismiss the welcome line',
        onclick: () => {
          remember();
          line.remove();
        },
      },
      '×',
    ),
  );
  take.addEventListener('click', () => {
    remember();
    line.remove();
    tour.open(document.querySelector<HTMLElement>('[data-testid="tour-button"]'));
  });
  panel.prepend(line);
}
