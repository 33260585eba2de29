/**
 * A card over the map (a Far East region, a port, an Emission Control Area): a dialog that does
 * not trap the focus, titled by `#<kind>-card-title`, placed and styled by map-card.css.
 */
import './map-card.css';
import { h } from './dom';

export function mapCard(kind: string, attrs: { hidden?: boolean } = {}): HTMLElement {
  return h('section', {
    class: `map-card ${kind}-card`,
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': `${kind}-card-title`,
    'data-testid': `${kind}-card`,
    tabindex: '-1',
    ...attrs,
  });
}
