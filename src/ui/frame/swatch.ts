/** A route's swatch for legends and tables: a short line in its map colour and dash style. */
import './swatch.css';
import type { RouteId } from '../../content/ids';
import { OVERLAY_COLOURS } from '../../lib/style/ids';
import { h } from './dom';

/** A short line in the route's map colour and dash style, for legends. */
export function swatch(id: RouteId): HTMLElement {
  return h('span', {
    class: `swatch swatch-${id}`,
    style: `--swatch: ${OVERLAY_COLOURS[id]}`,
    'aria-hidden': 'true',
  });
}
