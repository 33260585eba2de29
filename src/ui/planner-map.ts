/**
 * The planner's use of the map: draw the planned route (and say when it is on screen), frame it,
 * pick an end by clicking the map, and show the distance travelled under the pointer (or where
 * the route was tapped: touch screens have no hover).
 */
import type { Feature, LineString } from 'geojson';
import type { AppContext } from '../app/context';
import { formatKm, formatNm } from '../lib/analysis/format';
import { measureAlong, type AlongMeasure } from '../lib/planner/along';
import { kmToNm } from '../lib/routing/geometry';
import type { LonLat } from '../lib/routing/ports';
import { OVERLAY_LAYERS } from '../lib/style';
import { h } from './dom';

/** How far from the drawn line a click or tap still counts as on it, in CSS pixels. */
const TAP_TOLERANCE_PX = 12;

/** Performance mark set once a planned route is drawn on the map (read by the planner bench). */
export const ROUTE_DRAWN_MARK = 'planner:route-drawn';

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
    const atlas = ctx.atlas;
    if (!atlas) return;
    document.body.append(this.tooltip, this.status);
    atlas.onClick((lngLat) => {
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
    atlas.onHover(OVERLAY_LAYERS.planned, (hit) => this.hover(hit?.lngLat ?? null));
    // A readout left by a tap would point at the wrong place once the map moves.
    atlas.map.on('movestart', () => this.hover(null));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.picking) this.stopPicking();
    });
  }

  /** Whether there is a map to draw on and click (no WebGL: numbers only). */
  get available(): boolean {
    return this.ctx.atlas !== null;
  }

  /** Draws the route (or clears it); `onDrawn` runs once it is on screen. */
  draw(feature: Feature<LineString> | null, originLabel: string, onDrawn: () => void): void {
    const atlas = this.ctx.atlas;
    this.along = feature
      ? {
          measure: measureAlong(feature.geometry.coordinates as LonLat[]),
          originLabel,
        }
      : null;
    this.hover(null);
    if (!atlas) return;
    atlas.setPlannedRoute(feature);
    if (!feature) return;
    // After setData the map is not idle until the new data is drawn.
    atlas.map.once('idle', () => onDrawn());
    atlas.map.triggerRepaint();
  }

  /** Frames a line's extent (longitudes may run past 180, which MapLibre accepts). */
  frame(coordinates: readonly LonLat[]): void {
    if (!this.ctx.atlas || coordinates.length === 0) return;
    const lons = coordinates.map((c) => c[0]);
    const lats = coordinates.map((c) => c[1]);
    this.ctx.actions.frame([
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ]);
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
    const map = this.ctx.atlas?.map;
    if (!this.along || !map?.getLayer(OVERLAY_LAYERS.planned)) return false;
    const { x, y } = map.project(lngLat);
    const r = TAP_TOLERANCE_PX;
    const box: [[number, number], [number, number]] = [
      [x - r, y - r],
      [x + r, y + r],
    ];
    return map.queryRenderedFeatures(box, { layers: [OVERLAY_LAYERS.planned] }).length > 0;
  }

  private hover(lngLat: [number, number] | null): void {
    const atlas = this.ctx.atlas;
    if (!lngLat || !this.along || !atlas) {
      this.tooltip.hidden = true;
      return;
    }
    const hit = this.along.measure.nearest(lngLat);
    this.tooltip.textContent = `${formatKm(hit.km)} (${formatNm(kmToNm(hit.km))}) from ${this.along.originLabel}`;
    const box = atlas.map.getContainer().getBoundingClientRect();
    const p = atlas.map.project(lngLat);
    this.tooltip.style.left = `${Math.round(box.left + p.x + 14)}px`;
    this.tooltip.style.top = `${Math.round(box.top + p.y - 30)}px`;
    this.tooltip.hidden = false;
  }
}
