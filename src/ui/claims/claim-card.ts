/**
 * One claim's card in the Claims panel: title, category, our summary, the article's passage with
 * its citation, the places, how the map shows it, and (for number claims) links to the Routes
 * panel's figure check. All text goes in as text nodes, so markup in data shows literally.
 */
import { CATEGORIES, type CatalogueClaim } from '../../content/claims';
import { quoteNote, storyWords, t, words } from '../frame/i18n';
import { figureLabel } from '../routes';
import { articleCitation } from '../frame/citation';
import { categoryBadge } from './claim-symbols';
import { h } from '../frame/dom';

export interface ClaimCardHandlers {
  select(): void;
  close(): void;
  /** Opens the Routes panel at a figure-check row. */
  showCheck(rowId: string): void;
}

export interface ClaimCard {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly selectButton: HTMLButtonElement;
  setOpen(open: boolean): void;
}

function figureLinks(claim: CatalogueClaim, handlers: ClaimCardHandlers) {
  if (!claim.figureCheck?.length) return null;
  return h(
    'div',
    { class: 'claim-figures' },
    h('h5', {}, t('claims.checkFigures')),
    h('p', {}, t('claims.checkIntro')),
    h(
      'ul',
      {},
      ...claim.figureCheck.map((id) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'data-testid': `figure-check-link-${id}`,
              onclick: () => handlers.showCheck(id),
            },
            figureLabel(id),
          ),
        ),
      ),
    ),
  );
}

/** Builds a claim's card; `setOpen` marks it as the claim shown on the map. */
export function renderClaimCard(claim: CatalogueClaim, handlers: ClaimCardHandlers): ClaimCard {
  const category = CATEGORIES[claim.category];
  const text = { ...words.claims[claim.id], ...storyWords().claims[claim.id] };
  const headingId = `claim-title-${claim.id}`;
  const heading = h('h4', { id: headingId, class: 'claim-title', tabindex: '-1' }, text.title);
  const selectButton = h(
    'button',
    {
      type: 'button',
      class: 'button claim-select',
      'data-testid': `select-claim-${claim.id}`,
      'aria-describedby': headingId,
      onclick: () => handlers.select(),
    },
    t('claims.showOnMap'),
  );
  const closeButton = h(
    'button',
    {
      type: 'button',
      class: 'button claim-close',
      'data-testid': `close-claim-${claim.id}`,
      'aria-describedby': headingId,
      hidden: true,
      onclick: () => handlers.close(),
    },
    t('claims.close'),
  );
  const places = claim.places.map((id) => words.places[id]).join(', ');
  const element = h(
    'article',
    {
      class: 'claim-card',
      id: `claim-${claim.id}`,
      'data-testid': `claim-card-${claim.id}`,
      'data-category': claim.category,
      'aria-labelledby': headingId,
      style: `--claim-colour: ${category.colour}`,
    },
    h(
      'div',
      { class: 'claim-card-head' },
      h(
        'p',
        { class: 'claim-category' },
        categoryBadge(claim.category, 20),
        words.categories[claim.category].label,
      ),
      heading,
    ),
    h('p', { class: 'claim-summary', 'data-testid': `claim-summary-${claim.id}` }, text.summary),
    h(
      'figure',
      { class: 'claim-quote' },
      h(
        'blockquote',
        { 'data-testid': `claim-quote-${claim.id}`, lang: 'en' },
        h('p', {}, claim.quote),
      ),
      h('figcaption', {}, '— ', ...articleCitation()),
      quoteNote(),
    ),
    h('p', { class: 'claim-meta' }, h('strong', {}, t('claims.shownAt')), places),
    text.mapNote
      ? h('p', { class: 'claim-meta' }, h('strong', {}, t('claims.onMap')), text.mapNote)
      : null,
    figureLinks(claim, handlers),
    h('div', { class: 'claim-actions' }, selectButton, closeButton),
  );
  return {
    element,
    heading,
    selectButton,
    setOpen(open) {
      element.classList.toggle('is-open', open);
      if (open) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
      closeButton.hidden = !open;
    },
  };
}
