/**
 * Print: one landscape page of A4 or Letter (share.css, @media print). Before the page prints
 * (the Print button, or the browser's own print: `beforeprint`), a sheet is filled with the
 * title, the whole map as drawn (an image: a WebGL canvas does not print reliably) and its
 * legend, the open claim or tour step, the route figures, every source and the link; the rest of
 * the page is hidden. The map takes the height the text leaves. Without WebGL the sheet prints
 * its text.
 */
import { CLAIMS } from '../../content/claims';
import { TOUR_STEPS } from '../../content/tour';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import type { MapView } from '../../state/map-view';
import { articleCitation, stepCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { mapImage } from './export-markers';
import { legendItems } from './legend-items';
import { stateLink } from './links';
import { shownView } from './what-is-shown';
import { figureText, legendOf, sourcesLine } from './export-words';
import { quotation, quoteNote, storyWords, t, words } from '../frame/i18n';

/** Device pixels per CSS pixel of the printed map (sharp on paper, not huge). */
const PRINT_SCALE = 2;

function sheet(): HTMLElement {
  let el = document.getElementById('print-sheet');
  if (!el) {
    el = h('section', {
      id: 'print-sheet',
      class: 'print-sheet',
      'data-testid': 'print-sheet',
      'aria-hidden': 'true',
    });
    document.body.append(el);
  }
  return el;
}

/** The text that goes with the map: the open claim, the tour step, or nothing more. */
function description(ctx: AppContext): (Node | null)[] {
  const url = ctx.store.state.url;
  if (url.claim) {
    const claim = { ...words.claims[url.claim], ...storyWords().claims[url.claim] };
    return [
      h('h2', {}, claim.title),
      h('p', {}, claim.summary),
      quotation('blockquote', {}, `“${CLAIMS[url.claim].quote}”`),
      h('p', { class: 'print-cite' }, '— ', ...articleCitation()),
      quoteNote(),
    ];
  }
  const step = url.tour === null ? null : TOUR_STEPS[url.tour - 1];
  if (step) {
    const cite = stepCitation(step);
    const text = storyWords().tour[step.id]!;
    return [
      h('h2', {}, text.title),
      h('p', {}, text.text),
      quotation('blockquote', {}, `“${step.quote.text}”`),
      h('p', { class: 'print-cite' }, '— ', ...cite),
      quoteNote(),
    ];
  }
  return [];
}

/**
 * The map as drawn, for the sheet, as a JPEG at quality 0.92: a browser puts a JPEG into the PDF
 * as it is, where a PNG or a canvas is compressed again (slower to print, a larger file).
 *
 * A browser may fire `beforeprint` with print media already applied (print emulation does): the
 * sheet's CSS then hides the page, and the map's container has no box to draw at. While the map
 * is copied, `data-print-capture` lays the page out again, unseen (share.css), so the copy is the
 * whole map at its size on screen.
 */
function mapCopy(map: MapView, title: string): HTMLImageElement {
  const root = document.documentElement;
  root.dataset.printCapture = 'true';
  try {
    const src = mapImage(map, PRINT_SCALE).toDataURL('image/jpeg', 0.92);
    return h('img', { class: 'print-map', alt: t('export.mapAlt', { title }), src });
  } finally {
    delete root.dataset.printCapture;
  }
}

/** The state the sheet was filled from, and the map's frame count after its copy was taken. */
let filled: { state: AppState; frames: number | null } | null = null;

/**
 * Fills the print sheet with what is on screen now (synchronous: usable in `beforeprint`). A
 * sheet filled from the same state, with the map drawn no frame since and nothing then moving on
 * the page (the markers fade), is kept: the Print button fills it, then `beforeprint` comes.
 */
export function fillPrintSheet(ctx: AppContext): HTMLElement {
  const state = ctx.store.state;
  const el = sheet();
  if (filled?.state === state && filled.frames === (ctx.map?.drawnFrames() ?? null)) return el;
  const shown = shownView(ctx, state);
  const image = ctx.map
    ? mapCopy(ctx.map, shown.title)
    : h('p', { class: 'print-note' }, t('export.noMapPrint'));
  replaceChildren(
    el,
    h('h1', { 'data-testid': 'print-title' }, shown.title),
    image,
    ctx.map
      ? h(
          'ul',
          { class: 'print-legend', 'data-testid': 'print-legend' },
          ...legendItems(legendOf(shown.mapData)),
        )
      : null,
    h(
      'div',
      { class: 'print-text' },
      ...description(ctx),
      shown.rows.length
        ? h('ul', { class: 'print-figures' }, ...shown.rows.map((r) => h('li', {}, figureText(r))))
        : null,
      h('p', { class: 'print-sources' }, sourcesLine()),
      h('p', { class: 'print-link' }, stateLink(state.url)),
    ),
  );
  const moving = document.getAnimations().some((a) => a.playState === 'running');
  filled = moving ? null : { state, frames: ctx.map?.drawnFrames() ?? null };
  el.dataset.ready = 'true';
  return el;
}

/** Prints the current view, once the map has drawn it. */
export async function printView(ctx: AppContext): Promise<void> {
  await ctx.map?.whenIdle();
  fillPrintSheet(ctx);
  window.print();
}

/** Fills the sheet for a print the menu did not start (Ctrl+P, the browser's menu). */
export function preparePrinting(ctx: AppContext): void {
  window.addEventListener('beforeprint', () => fillPrintSheet(ctx), { signal: ctx.signal });
}
