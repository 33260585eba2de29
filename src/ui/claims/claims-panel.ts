/**
 * The Claims panel (issue #5): a category filter, the claims' cards grouped by category (in the
 * article's order within each), and the article's metadata. The open claim's card is marked,
 * scrolled to and announced; Close or Escape closes it and puts focus back where it came from.
 */
import './claims-panel.css';
import type { AppContext } from '../../state/context';
import { ARTICLE } from '../../content/article';
import { CLAIMS, CLAIM_LIST } from '../../content/claims';
import type { ClaimId } from '../../content/ids';
import { CATEGORY_IDS, type CategoryId } from '../../content/claim-types';
import type { AppState } from '../../state/app-state';
import { renderClaimCard, type ClaimCard } from './claim-card';
import { categoryBadge } from './claim-symbols';
import { prefersReducedMotion } from '../../state/motion';
import { h } from '../frame/dom';
import { articleTime, t, words } from '../frame/i18n';

type Filter = CategoryId | 'all';

/** Where focus goes back to when the card opened from it closes (a map marker). */
let opener: { claim: ClaimId; element: HTMLElement } | null = null;

/** Scrolls the panel (not the page) so `el` sits at the top of its scrolling container. */
function scrollToTop(el: HTMLElement): void {
  const scroller = el.closest<HTMLElement>('.panel-bodies');
  if (!scroller) return;
  const top =
    el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 8;
  scroller.scrollTo({ top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Moves focus to an open claim's card heading; `from` gets it back when that card closes. */
export function focusClaimCard(id: ClaimId, from: HTMLElement | null): void {
  opener = from ? { claim: id, element: from } : null;
  document.getElementById(`claim-title-${id}`)?.focus({ preventScroll: true });
}

function sourceSection(): HTMLElement {
  const row = (term: string, ...value: (Node | string)[]) => [
    h('dt', {}, term),
    h('dd', {}, ...value),
  ];
  return h(
    'section',
    {
      class: 'claims-source',
      'aria-labelledby': 'claims-source-title',
      'data-testid': 'claims-source',
    },
    h('h3', { id: 'claims-source-title' }, t('claims.source')),
    h(
      'dl',
      {},
      ...row(t('claims.article'), h('cite', { lang: 'en' }, ARTICLE.title)),
      ...row(t('claims.outlet'), ARTICLE.outlet),
      ...row(t('claims.author'), ARTICLE.author),
      ...row(t('claims.dateline'), words.places['new-delhi']),
      ...row(
        t('claims.firstPublished'),
        h('time', { datetime: ARTICLE.firstPublished.iso }, articleTime(ARTICLE.firstPublished)),
      ),
      ...row(
        t('claims.lastUpdated'),
        h('time', { datetime: ARTICLE.lastUpdated.iso }, articleTime(ARTICLE.lastUpdated)),
      ),
    ),
    h('p', { class: 'claims-note' }, t('claims.note')),
  );
}

/** Fills the Claims tab and keeps it in step with the open claim. */
export function renderClaimsPanel(body: HTMLElement, ctx: AppContext): void {
  const status = h('p', {
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'claims-status',
  });
  const cards = new Map<ClaimId, ClaimCard>();

  const close = () => {
    const id = ctx.store.state.url.claim;
    if (id === null) return;
    const back = opener?.claim === id ? opener.element : null;
    opener = null;
    ctx.actions.chooseClaim(null);
    // A marker hidden by the layer switch cannot take focus: fall back to the card's button.
    const target =
      back?.isConnected && back.getClientRects().length > 0 ? back : cards.get(id)?.selectButton;
    target?.focus();
  };
  const showCheck = (rowId: string) => {
    ctx.actions.openPanel('routes');
    // The rows come after the opening view is drawn: asking for one ends the wait.
    ctx.endOpening();
    // The Routes panel gives each row the DOM id `check-<row id>`; nothing to do if it has none.
    const row = document.getElementById(`check-${rowId}`);
    if (!row) return;
    if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
    scrollToTop(row);
    row.focus({ preventScroll: true });
  };

  for (const claim of CLAIM_LIST) {
    cards.set(
      claim.id,
      renderClaimCard(claim, {
        select: () => {
          opener = null;
          ctx.actions.chooseClaim(claim.id);
        },
        close,
        showCheck,
      }),
    );
  }

  const groups = new Map(
    CATEGORY_IDS.map((category) => {
      const { label, description } = words.categories[category];
      const members = CLAIM_LIST.filter((c) => c.category === category);
      const titleId = `claims-group-${category}`;
      const section = h(
        'section',
        {
          class: 'claim-group',
          'aria-labelledby': titleId,
          'data-testid': `claim-group-${category}`,
        },
        h(
          'h3',
          { id: titleId },
          categoryBadge(category, 22),
          t('claims.group', { label, count: members.length }),
        ),
        h('p', { class: 'claim-group-description' }, description),
        ...members.map((c) => cards.get(c.id)!.element),
      );
      return [category, section] as const;
    }),
  );

  let filter: Filter = 'all';
  const chip = (value: Filter, count: number) =>
    h(
      'button',
      {
        type: 'button',
        class: 'claim-chip',
        'aria-pressed': String(value === filter),
        'data-testid': `claim-filter-${value}`,
        onclick: () => setFilter(value),
      },
      value === 'all' ? null : categoryBadge(value, 18),
      value === 'all' ? t('claims.all') : words.categories[value].label,
      h('span', { class: 'claim-chip-count' }, String(count)),
    );
  const chips = new Map<Filter, HTMLButtonElement>([
    ['all', chip('all', CLAIM_LIST.length)],
    ...CATEGORY_IDS.map(
      (c) => [c, chip(c, CLAIM_LIST.filter((claim) => claim.category === c).length)] as const,
    ),
  ]);
  const setFilter = (value: Filter) => {
    filter = value;
    for (const [id, button] of chips) button.setAttribute('aria-pressed', String(id === value));
    for (const [id, section] of groups) section.hidden = value !== 'all' && value !== id;
  };

  body.append(
    h('h2', {}, t('claims.title')),
    h('p', { class: 'claims-intro' }, t('claims.intro', { count: CLAIM_LIST.length })),
    h(
      'div',
      { class: 'claim-chips', role: 'group', 'aria-label': t('claims.filter') },
      ...chips.values(),
    ),
    status,
    ...groups.values(),
    sourceSection(),
  );
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || ctx.store.state.url.claim === null) return;
    event.preventDefault();
    close();
  });

  let shown: ClaimId | null | undefined;
  const update = (state: AppState) => {
    const open = state.url.claim;
    if (open === shown) return;
    const before = shown;
    shown = open;
    for (const [id, card] of cards) card.setOpen(id === open);
    if (open === null) {
      if (before) status.textContent = t('claims.closed');
      return;
    }
    if (filter !== 'all' && filter !== CLAIMS[open].category) setFilter('all');
    status.textContent = t('claims.showing', { title: words.claims[open].title });
    // After the tab is shown and laid out.
    requestAnimationFrame(() => {
      const card = cards.get(open);
      if (card && ctx.store.state.url.claim === open) scrollToTop(card.element);
    });
  };
  ctx.store.subscribe(update);
  update(ctx.store.state);
}
