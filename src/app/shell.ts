/** Page furniture around the map: the no-WebGL message and the panel's footprint. */
import { h } from '../ui/dom';
import type { Insets } from '../state/map-view';

/** The part of the map the panel covers: its left side on wide screens, the bottom on phones. */
export function panelInsets(panel: HTMLElement, map: HTMLElement): Insets {
  const p = panel.getBoundingClientRect();
  const m = map.getBoundingClientRect();
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  if (p.width === 0 || m.width === 0) return none;
  const bottomSheet = p.width > m.width * 0.9;
  const insets = bottomSheet
    ? { ...none, bottom: Math.max(0, m.bottom - p.top) }
    : { ...none, left: Math.max(0, p.right - m.left) };
  // The claims legend runs along the map's foot on wide screens.
  const legend = document.querySelector<HTMLElement>('[data-testid="claim-legend"]');
  const l = legend && !legend.hidden ? legend.getBoundingClientRect() : null;
  if (l && l.height > 0) insets.bottom = Math.max(insets.bottom, m.bottom - l.top);
  return insets;
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
