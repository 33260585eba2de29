/**
 * The planner's use of the map: draw the planned route (and say when it is on screen), frame it,
 * pick an end by clicking the map, and show the distance travelled under the pointer (or where
 * the route was tapped: touch screens have no hover).
 */
import type { RuntimeRoute } from '../../../lib/map-data';
import type { AppContext } from '../../../state/context';
import { fmt } from '../../frame/i18n';
import { pt } from './words';
import { measureAlong, type AlongMeasure } from '../../../lib/planner/along';
import { kmToNm } from '../../../lib/routing/geometry';
import type { LonLat } from '../../../lib/routing/ports';
import { OVERLAY_LAYERS } from '../../../lib/style';
import { h } from '../../frame/dom';

/** How far from the drawn line a click or tap still counts as on it, in CSS pixels. */
const TAP_TOLERANCE_PX = 12;

export type End = 'from' | 'to';

export interface PlannerMapHooks {
  /** A map click while picking: the position clicked. */
  onPick(end: End, lngLat: [number, number]): void;
  /** Picking ended (chosen or cancelled). */
  onPickEnd(end: End): void;
}

/** The planner's map interactions; every method is a no-op without WebGL (no map). */
export class PlannerMap {
  private picking: End | null = null;
  private along: { measure: AlongMeasure; originLabel: string } | null = null;
  private readonly tooltip = h('div', {
    class: 'planner-tooltip',
    role: 'presentation',
    'data-testid': 'planner-hover',
    hidden: true,
  });
  /** Says a tapped readout to screen readers (the hover one would chatter at every move). */
  private readonly status = h('p', {
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'planner-tap-status',
  });

  constructor(
    private readonly ctx: AppContext,
    private readonly hooks: PlannerMapHooks,
  ) {
    const map = ctx.map;
    if (!map) return;
    document.body.append(this.tooltip, this.status);
    ctx.signal.addEventListener('abort', () => {
      this.tooltip.remove();
      this.status.remove();
      document.body.classList.remove('planner-picking');
    });
    map.onClick((lngLat) => {
      const end = this.picking;
      if (end) {
        this.stopPicking();
        hooks.onPick(end, lngLat);
        return true;
      }
      // A tap on the route shows the readout there; a tap anywhere else hides it.
      const onRoute = this.isOnRoute(lngLat);
      this.hover(onRoute ? lngLat : null);
      this.status.textContent = onRoute ? this.tooltip.textContent : '';
      return onRoute;
    });
    map.onHover(OVERLAY_LAYERS.planned, (hit) => this.hover(hit?.lngLat ?? null));
    // A readout left by a tap would point at the wrong place once the map moves.
    map.onMoveStart(() => this.hover(null));
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.picking) this.stopPicking();
      },
      { signal: ctx.signal },
    );
  }

  /** Whether there is a map to draw on and click (no WebGL: numbers only). */
  get available(): boolean {
    return this.ctx.map !== null;
  }

  /**
   * Shows the planned route (or none) and the pinned routes: the state carries them to the map
   * (toMapData), this keeps what the distance readout needs; `onDrawn` runs once they are on
   * screen. A planned route that is also pinned lies under its pin, which draws over it.
   */
  draw(
    planned: { route: RuntimeRoute; originLabel: string } | null,
    pins: readonly RuntimeRoute[],
    onDrawn?: () => void,
  ): void {
    this.along = planned
      ? {
          measure: measureAlong(planned.route.feature.geometry.coordinates as LonLat[]),
          originLabel: planned.originLabel,
        }
      : null;
    this.hover(null);
    this.ctx.actions.showRoutes([...(planned ? [planned.route] : []), ...pins]);
    if (onDrawn) this.ctx.map?.afterDraw(onDrawn);
  }

  /**
   * Frames a line's extent once what the map was asked to draw is on screen (longitudes may run
   * past 180, which MapLibre accepts).
   */
  frameWhenDrawn(coordinates: readonly LonLat[]): void {
    const map = this.ctx.map;
    if (!map || coordinates.length === 0) return;
    const lons = coordinates.map((c) => c[0]);
    const lats = coordinates.map((c) => c[1]);
    map.afterDraw(() =>
      this.ctx.actions.frame([
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ]),
    );
  }

  startPicking(end: End): void {
    if (this.picking && this.picking !== end) this.hooks.onPickEnd(this.picking);
    this.picking = end;
    document.body.classList.add('planner-picking');
  }

  stopPicking(): void {
    const end = this.picking;
    if (!end) return;
    this.picking = null;
    document.body.classList.remove('planner-picking');
    this.hooks.onPickEnd(end);
  }

  isPicking(end: End): boolean {
    return this.picking === end;
  }

  private isOnRoute(lngLat: [number, number]): boolean {
    if (!this.along || !this.ctx.map) return false;
    return this.ctx.map.drawsNear(OVERLAY_LAYERS.planned, lngLat, TAP_TOLERANCE_PX);
  }

  private hover(lngLat: [number, number] | null): void {
    const map = this.ctx.map;
    if (!lngLat || !this.along || !map) {
      this.tooltip.hidden = true;
      return;
    }
    const hit = this.along.measure.nearest(lngLat);
    this.tooltip.textContent = pt('map.along', {
      km: fmt.km(hit.km),
      nm: fmt.nm(kmToNm(hit.km)),
      origin: this.along.originLabel,
    });
    const box = map.container().getBoundingClientRect();
    const p = map.project(lngLat);
    this.tooltip.style.left = `${Math.round(box.left + p.x + 14)}px`;
    this.tooltip.style.top = `${Math.round(box.top + p.y - 30)}px`;
    this.tooltip.hidden = false;
  }
}
