/** How much of the map's edges the page covers: the panel or tour card, the legend, the controls. */
import { coveredInsets, relativeTo } from '../lib/screen/insets';
import type { Insets } from '../state/map-view';

/** MapLibre's four corner containers of controls. */
const CONTROL_GROUPS = ['top-left', 'top-right', 'bottom-left', 'bottom-right']
  .map((corner) => `.maplibregl-ctrl-${corner}`)
  .join(', ');

/**
 * The insets of `container` under `covers` (what the page puts over the map) and, with
 * `controls`, under the control groups in the map's corners.
 */
export function measureCovered(
  container: HTMLElement,
  covers: readonly HTMLElement[],
  controls: boolean,
): Insets {
  const origin = container.getBoundingClientRect();
  const groups = controls ? container.querySelectorAll<HTMLElement>(CONTROL_GROUPS) : [];
  const rects = [...groups, ...covers].map((el) => relativeTo(el.getBoundingClientRect(), origin));
  return coveredInsets(container.clientWidth, container.clientHeight, rects);
}
