/** Page furniture around the map: the no-WebGL message and the panel's footprint. */
import { h } from '../ui/frame/dom';

/**
 * The page's elements over the map: the side panel (a bottom sheet on phones) or, during the
 * tour, its card; and the claims legend. Hidden ones measure 0 × 0 and cover nothing.
 */
export function coveringElements(panel: HTMLElement): HTMLElement[] {
  const card = document.querySelector<HTMLElement>('[data-testid="tour-card"]');
  const legend = document.querySelector<HTMLElement>('[data-testid="claim-legend"]');
  const sheet = card && !card.hidden ? card : panel;
  return [sheet, ...(legend && !legend.hidden ? [legend] : [])];
}

/** Replaces the map with a plain explanation; the panels keep working. */
export function showNoWebGL(fallback: HTMLElement, mapElement: HTMLElement): void {
  mapElement.hidden = true;
  fallback.hidden = false;
  fallback.replaceChildren(
    h('h2', {}, 'The map cannot be drawn in this browser'),
    h(
      'p',
      {},
      'Corridor Atlas draws its map with WebGL, which this browser has turned off or does not ' +
        'support. The routes, figures and claims in the panel still work.',
    ),
    h(
      'p',
      {},
      'To see the map, enable hardware acceleration (or WebGL) in your browser settings, or open ' +
        'this page in a current version of Firefox, Chrome, Edge or Safari.',
    ),
  );
}
