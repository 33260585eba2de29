/**
 * The port card (issue #28): a click on a World Port Index port on the map opens its card. Only
 * this listener is in the opening page; the card's code and words load on the first click.
 */
import { OVERLAY_LAYERS } from '../../lib/style/ids';
import type { AppContext } from '../../state/context';

/** How far from a dot a click still picks it, in CSS px (a finger's width on a phone, halved). */
const PICK_RADIUS_PX = 10;

export function startPortCard(ctx: AppContext): void {
  const map = ctx.map;
  if (!map) return;
  let card: Promise<typeof import('./port-card')> | null = null;
  map.onClick((lngLat) => {
    if (!ctx.mapData(ctx.store.state).layers['world-ports']) return false;
    const [hit] = map.featuresNear(OVERLAY_LAYERS.worldPortDots, lngLat, PICK_RADIUS_PX);
    if (typeof hit?.id !== 'string') return false;
    const id = hit.id;
    card ??= import('./port-card');
    card.then(
      (module) => module.openPortCard(ctx, id),
      () => {
        card = null;
      },
    );
    return true;
  });
}
