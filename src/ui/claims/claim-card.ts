/**
 * One claim's card in the Claims panel: title, category, our summary, the article's passage with
 * its citation, the places, how the map shows it, and (for number claims) links to the Routes
 * panel's figure check. All text goes in as text nodes, so markup in data shows literally.
 */
import type { AppContext } from '../../state/context';
import { CATEGORIES, type CatalogueClaim } from '../../content/claims';
import { PLACES } from '../../content/places';
import { checkArticleFigures, type FigureCheckRow } from '../../lib/analysis/figure-check';
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

/** Labels of the figure-check rows; they do not depend on the numbers fed in. */
function checkRows(ctx: AppContext): ReadonlyMap<string, FigureCheckRow> {
  const { routes } = ctx.data;
  const { speed, allowance } = ctx.store.state.url;
  const rows = checkArticleFigures({
    corridorKm: routes.corridor.km,
    variantKm: routes.variant.km,
    comparisonKm: routes.comparison.km,
    knots: speed,
    allowanceDays: allowance,
  });
  return new Map(rows.map((row) => [row.id, row]));
}

function figureLinks(claim: CatalogueClaim, ctx: AppContext, handlers: ClaimCardHandlers) {
  if (!claim.figureCheck?.length) return null;
  const rows = checkRows(ctx);
  return h(
    'div',
    { class: 'claim-figures' },
    h('h5', {}, 'Check the figures'),
    h(
      'p',
      {},
      'The Routes panel compares the article’s numbers with routes computed on sea lanes:',
    ),
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
            rows.get(id)?.label ?? id,
          ),
        ),
      ),
    ),
  );
}

/** Builds a claim's card; `setOpen` marks it as the claim shown on the map. */
export function renderClaimCard(
  claim: CatalogueClaim,
  ctx: AppContext,
  handlers: ClaimCardHandlers,
): ClaimCard {
  const category = CATEGORIES[claim.category];
  const headingId = `claim-title-${claim.id}`;
  const heading = h('h4', { id: headingId, class: 'claim-title', tabindex: '-1' }, claim.title);
  const selectButton = h(
    'button',
    {
      type: 'button',
      class: 'claim-select',
      'data-testid': `select-claim-${claim.id}`,
      'aria-describedby': headingId,
      onclick: () => handlers.select(),
    },
    'Show on map',
  );
  const closeButton = h(
    'button',
    {
      type: 'button',
      class: 'claim-close',
      'data-testid': `close-claim-${claim.id}`,
      'aria-describedby': headingId,
      hidden: true,
      onclick: () => handlers.close(),
    },
    'Close',
  );
  const places = claim.places.map((id) => PLACES[id].name).join(', ');
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
      h('p', { class: 'claim-category' }, categoryBadge(claim.category, 20), category.label),
      heading,
    ),
    h('p', { class: 'claim-summary', 'data-testid': `claim-summary-${claim.id}` }, claim.summary),
    h(
      'figure',
      { class: 'claim-quote' },
      h('blockquote', { 'data-testid': `claim-quote-${claim.id}` }, h('p', {}, claim.quote)),
      h('figcaption', {}, '— ', ...articleCitation()),
    ),
    h('p', { class: 'claim-meta' }, h('strong', {}, 'Shown at: '), places),
    claim.mapNote
      ? h('p', { class: 'claim-meta' }, h('strong', {}, 'On the map: '), claim.mapNote)
      : null,
    figureLinks(claim, ctx, handlers),
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
