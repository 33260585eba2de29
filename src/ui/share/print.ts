/**
 * Print: a one-page layout for A4 or Letter, landscape (share.css, @media print). Before the page
 * prints, a sheet is filled with the title, the map as drawn (an image: a WebGL canvas does not
 * print reliably) and its legend, the open claim, tour step or route figures, every source and
 * the link; the rest of the page is hidden. Without WebGL the sheet prints its text.
 */
import { CLAIMS } from '../../content/claims';
import { DATA_SOURCES } from '../../content/sources';
import { TOUR_STEPS } from '../../content/tour';
import { figureLine } from '../../lib/export/csv';
import { licenceText } from '../../lib/export/data-package';
import { legendEntries } from '../../lib/export/legend';
import type { AppContext } from '../../state/context';
import { articleCitation, stepCitation } from '../frame/citation';
import { h, replaceChildren } from '../frame/dom';
import { mapImage } from './export-markers';
import { legendItems } from './legend-items';
import { stateLink } from './links';
import { shownView } from './what-is-shown';

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
function description(ctx: AppContext): Node[] {
  const url = ctx.store.state.url;
  if (url.claim) {
    const claim = CLAIMS[url.claim];
    return [
      h('h2', {}, claim.title),
      h('p', {}, claim.summary),
      h('blockquote', {}, `“${claim.quote}”`),
      h('p', { class: 'print-cite' }, '— ', ...articleCitation()),
    ];
  }
  const step = url.tour === null ? null : TOUR_STEPS[url.tour - 1];
  if (step) {
    const cite = stepCitation(step);
    return [
      h('h2', {}, step.title),
      h('p', {}, step.text),
      h('blockquote', {}, `“${step.quote.text}”`),
      h('p', { class: 'print-cite' }, '— ', ...cite),
    ];
  }
  return [];
}

/** Fills the print sheet with what is on screen now (synchronous: usable in `beforeprint`). */
export function fillPrintSheet(ctx: AppContext): HTMLElement {
  const shown = shownView(ctx, ctx.store.state);
  const el = sheet();
  const image = ctx.map
    ? h('img', {
        class: 'print-map',
        alt: `Map: ${shown.title}`,
        src: mapImage(ctx.map, PRINT_SCALE).toDataURL('image/png'),
      })
    : h('p', { class: 'print-note' }, 'The map could not be drawn in this browser (WebGL is off).');
  replaceChildren(
    el,
    h('h1', { 'data-testid': 'print-title' }, shown.title),
    image,
    ctx.map
      ? h(
          'ul',
          { class: 'print-legend', 'data-testid': 'print-legend' },
          ...legendItems(legendEntries(shown.mapData)),
        )
      : null,
    h(
      'div',
      { class: 'print-text' },
      ...description(ctx),
      shown.rows.length
        ? h('ul', { class: 'print-figures' }, ...shown.rows.map((r) => h('li', {}, figureLine(r))))
        : null,
      h('p', { class: 'print-sources' }, licenceText(DATA_SOURCES)),
      h('p', { class: 'print-link' }, stateLink(ctx.store.state.url)),
    ),
  );
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
  window.addEventListener('beforeprint', () => fillPrintSheet(ctx));
}
