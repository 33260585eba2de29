/**
 * The port card (issue #28): a click on a World Port Index port on the map opens its card, and so
 * does the planner's "Port details" beside a port it routes from or to (the keyboard's way to
 * every port's card: the type-ahead finds it). Only this listener is in the opening page; the
 * card's code and words load on the first use.
 */
import { OVERLAY_LAYERS } from '../../lib/style/ids';
import type { AppContext } from '../../state/context';

/** How far from a dot a click still picks it, in CSS px (a finger's width on a phone, halved). */
const PICK_RADIUS_PX = 10;

let card: Promise<typeof import('./port-card')> | null = null;

/**
 * Opens port `id`'s card (its code loaded once; a failed load is tried again next time). Closed,
 * the card gives the focus back to `opener` when given (a control), else to the map.
 */
export function showPortCard(ctx: AppContext, id: string, opener?: HTMLElement): void {
  card ??= import('./port-card');
  card.then(
    (module) => module.openPortCard(ctx, id, opener),
    () => {
      card = null;
    },
  );
}

export function startPortCard(ctx: AppContext): void {
  const map = ctx.map;
  if (!map) return;
  map.onClick((lngLat) => {
    if (!ctx.mapData(ctx.store.state).layers['world-ports']) return false;
    const [hit] = map.featuresNear(OVERLAY_LAYERS.worldPortDots, lngLat, PICK_RADIUS_PX);
    if (typeof hit?.id !== 'string') return false;
    showPortCard(ctx, hit.id);
    return true;
  });
}
