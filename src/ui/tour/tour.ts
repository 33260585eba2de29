/**
 * The guided tour (issue #15): a card in the panel's place (a bottom sheet on phones) that walks
 * the article's story step by step (src/content/tour.ts). The step lives in the URL (`tour=N`):
 * Next and Previous push history, so Back returns to the previous step, and a link opens a step.
 * ← and → work wherever focus is, except in text fields and sliders; Escape leaves the tour and
 * gives focus back to the button that opened it.
 */
import './tour.css';
import { TOUR_LENGTH, TOUR_STEPS } from '../../content/tour';
import { checkArticleFigures } from '../../lib/analysis/figure-check';
import { figureLabel } from '../routes';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import { ecaSentence, formatQuantity } from '../routes';
import { stepCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { quoteNote, storyWords, t, withStory } from '../frame/i18n';
import { startVoyagePlayer, type VoyagePlayer } from './voyage-player';

/** Whether a key press belongs to the element that has focus (typing, moving a slider). */
function keysBelongTo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button'].includes(target.type);
  return false;
}

/** The article's route figures beside the computed ones, at the panel's speed and allowance. */
function routeCheck(ctx: AppContext, state: AppState): HTMLElement {
  const { routes } = ctx.data;
  const rows = checkArticleFigures({
    corridorKm: routes.corridor.km,
    variantKm: routes.variant.km,
    comparisonKm: routes.comparison.km,
    knots: state.url.speed,
    allowanceDays: state.url.allowance,
  }).filter((row) => row.source.sourceId === 'news18');
  return h(
    'table',
    { class: 'tour-figures', 'data-testid': 'tour-figures' },
    h('caption', {}, t('tour.figures.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        h('th', { scope: 'col' }, t('tour.figures.article')),
        h('th', { scope: 'col' }, t('tour.figures.computed')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, figureLabel(row.id)),
          h('td', {}, formatQuantity(row.claimed)),
          h('td', {}, formatQuantity(row.computed)),
        ),
      ),
    ),
  );
}

export interface TourHandle {
  /** Opens the tour at its first step (or a given one); `opener` gets focus back on leaving. */
  open(opener: HTMLElement | null, step?: number): void;
}

/** Builds the tour's card in `stage` and keeps it in step with `tour=`. */
export function startTour(ctx: AppContext, stage: HTMLElement): TourHandle {
  const card = h('section', {
    class: 'tour-card',
    'aria-labelledby': 'tour-title',
    'data-testid': 'tour-card',
    hidden: true,
  });
  stage.append(card);
  ctx.signal.addEventListener('abort', () => {
    player?.stop();
    card.remove();
  });
  let opener: HTMLElement | null = null;
  let player: VoyagePlayer | null = null;
  let shown: number | null = null;

  const go = (step: number | null) => ctx.actions.chooseTourStep(step);
  const leave = () => {
    go(null);
    const back = opener?.isConnected
      ? opener
      : document.querySelector<HTMLElement>('[data-testid="tour-button"]');
    back?.focus();
  };

  const button = (
    label: string,
    name: string,
    testid: string,
    onclick: () => void,
    disabled = false,
  ) =>
    h(
      'button',
      {
        type: 'button',
        class: `tour-nav-button tour-${testid}`,
        'aria-label': name,
        'data-testid': `tour-${testid}`,
        disabled,
        onclick,
      },
      label,
    );

  const render = (state: AppState) => {
    const n = state.url.tour;
    player?.stop();
    player = null;
    card.hidden = n === null;
    document.body.classList.toggle('is-touring', n !== null);
    if (n === null) {
      ctx.actions.showShips([]);
      return;
    }
    const step = TOUR_STEPS[n - 1]!;
    const text = storyWords().tour[step.id]!;
    const titleOf = (s: (typeof TOUR_STEPS)[number]) => storyWords().tour[s.id]!.title;
    if (!step.voyage) ctx.actions.showShips([]);
    const previous = TOUR_STEPS[n - 2];
    const next = TOUR_STEPS[n];
    const title = h('h2', { id: 'tour-title', class: 'tour-title', tabindex: '-1' }, text.title);
    const voyage = h('div', { class: 'tour-voyage' });
    replaceChildren(
      card,
      h(
        'div',
        { class: 'tour-head' },
        h(
          'p',
          { class: 'tour-counter', 'data-testid': 'tour-counter' },
          t('tour.counter', { n, total: TOUR_LENGTH }),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'round-close',
            'aria-label': t('tour.leave'),
            'data-testid': 'tour-close',
            onclick: leave,
          },
          '×',
        ),
      ),
      title,
      h('p', { class: 'tour-text', 'data-testid': 'tour-text' }, text.text),
      step.voyage ? voyage : null,
      h(
        'figure',
        { class: 'tour-quote' },
        h('blockquote', { 'data-testid': 'tour-quote', lang: 'en' }, h('p', {}, step.quote.text)),
        h('figcaption', {}, '— ', ...stepCitation(step)),
        quoteNote(),
      ),
      step.figures ? routeCheck(ctx, state) : null,
      // The comparison step: how much of each route lies in Emission Control Areas (issue #32).
      step.voyage === 'comparison'
        ? ecaSentence(ctx.data.routes.corridor, ctx.data.routes.comparison)
        : null,
      h(
        'div',
        { class: 'tour-nav' },
        button(
          t('tour.previous'),
          previous ? t('tour.previousStep', { title: titleOf(previous) }) : t('tour.previousNone'),
          'previous',
          () => go(n - 1),
          !previous,
        ),
        h(
          'ol',
          { class: 'tour-dots', 'aria-label': t('tour.steps') },
          ...TOUR_STEPS.map((s, i) =>
            h(
              'li',
              {},
              h('button', {
                type: 'button',
                class: 'tour-dot',
                'aria-label': t('tour.dot', { n: i + 1, title: titleOf(s) }),
                'aria-current': i + 1 === n ? 'step' : undefined,
                'data-testid': `tour-dot-${i + 1}`,
                onclick: () => go(i + 1),
              }),
            ),
          ),
        ),
        next
          ? button(t('tour.next'), t('tour.nextStep', { title: titleOf(next) }), 'next', () =>
              go(n + 1),
            )
          : button(t('tour.finish'), t('tour.finishLabel'), 'next', leave),
      ),
    );
    if (step.voyage) player = startVoyagePlayer(ctx, voyage, step.voyage);
    const moved = shown !== n;
    shown = n;
    // Keep focus on the card's control that was used, when it survived the re-render; else the
    // title. Focus elsewhere (the map, a key press on the page) stays where it is.
    if (moved && card.contains(document.activeElement)) {
      const keep = document.activeElement?.getAttribute('data-testid');
      const again = keep ? card.querySelector<HTMLElement>(`[data-testid="${keep}"]`) : null;
      (again && !(again as HTMLButtonElement).disabled ? again : title).focus({
        preventScroll: true,
      });
    }
  };

  // The arrows step the tour wherever focus is (on the map too: captured before MapLibre pans),
  // except where they belong to the focused control.
  document.addEventListener(
    'keydown',
    (event) => {
      const n = ctx.store.state.url.tour;
      if (n === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (keysBelongTo(event.target)) return;
      if (event.key === 'ArrowRight' && n < TOUR_LENGTH) go(n + 1);
      else if (event.key === 'ArrowLeft' && n > 1) go(n - 1);
      else return;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal: ctx.signal },
  );
  // Escape last: a menu or card that handles it first keeps it.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (ctx.store.state.url.tour === null) return;
      event.preventDefault();
      leave();
    },
    { signal: ctx.signal },
  );

  let last: AppState | null = null;
  ctx.store.subscribe((state) => {
    const url = state.url;
    const settings = last && (last.url.speed !== url.speed || last.url.allowance !== url.allowance);
    if (last?.url.tour === url.tour && !settings) return;
    last = state;
    // The steps' words in the reader's language may still be on their way (src/app/language.ts).
    withStory(() => {
      if (!ctx.signal.aborted) render(ctx.store.state);
    });
  });
  last = ctx.store.state;
  withStory(() => {
    if (!ctx.signal.aborted) render(ctx.store.state);
  });

  return {
    open(from, step = 1) {
      opener = from;
      go(step);
      card.querySelector<HTMLElement>('#tour-title')?.focus({ preventScroll: true });
    },
  };
}
