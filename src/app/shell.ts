/** Page furniture around the map: the no-WebGL message and the panel's footprint. */
import { h } from '../ui/frame/dom';
import { t } from '../ui/frame/i18n';

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
    h('h2', {}, t('noWebgl.title')),
    h('p', {}, t('noWebgl.why')),
    h('p', {}, t('noWebgl.fix')),
  );
}
