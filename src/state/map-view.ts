/**
 * The one door to the map for everything outside src/map: what panels, cards and markers may ask
 * of it, as typed methods and listeners (the pattern of Placemark's PMapHandlers). src/map's
 * AtlasMap implements it and keeps its MapLibre map to itself; without WebGL there is no map and
 * the context holds null.
 */
import type { ScreenPoint } from '../lib/screen/types';
import type { OverlayLayerId } from '../lib/style/ids';
import type { BoundsCamera, Camera } from '../lib/url/state';

export type LngLat = readonly [lng: number, lat: number];

export type { Insets } from '../lib/screen/insets';
import type { Insets } from '../lib/screen/insets';

/** An HTML marker on the map (claims): keyboard-focusable, announced by screen readers. */
export interface MarkerSpec {
  readonly id: string;
  readonly lngLat: LngLat;
  readonly element: HTMLElement;
}

/** A click on the map; return true to say it was handled (no region card then). */
export type ClickListener = (lngLat: [number, number]) => boolean | void;

/** The pointer over a layer's features (their properties and position), or null when it left. */
export type HoverListener = (
  hit: { lngLat: [number, number]; properties: Record<string, unknown> } | null,
) => void;

/** Stops a listener. */
export type Unsubscribe = () => void;

export interface MapView {
  /** Resolves once the style and every source have loaded and the first frame is drawn. */
  readonly ready: Promise<void>;
  /** The element the map draws in (for placing overlays beside it). */
  container(): HTMLElement;
  /** Where a place is on screen, px from the container's top left, on the world copy in view. */
  project(lngLat: LngLat): ScreenPoint;
  /** The place at a screen point (px from the container's top left). */
  unproject(point: ScreenPoint): [number, number];
  /** The current camera. */
  camera(): Camera;
  /** The map's own controls (zoom, scale bars, attribution), to keep markers and cards off them. */
  controls(): readonly HTMLElement[];
  /**
   * Pixels of the map's edges hidden under the panel (or tour card), legend and controls; with
   * `controls: false`, under the panel, tour card and legend only (the controls are small and
   * leave the rest of their edge visible).
   */
  coveredInsets(options?: { controls: boolean }): Insets;
  /**
   * Moves to a camera at once, or with an animation. Callers ask for none under reduced motion
   * (app/actions.ts asks state/motion.ts).
   */
  moveTo(target: Camera | BoundsCamera, animate: boolean): void;
  /** Replaces the HTML markers. */
  setMarkers(specs: readonly MarkerSpec[]): void;
  /** Whether `layer` draws a feature within `radiusPx` of a place. */
  drawsNear(layer: OverlayLayerId, lngLat: LngLat, radiusPx: number): boolean;
  /** The properties of the features `layer` draws within `radiusPx` of a place, nearest first. */
  featuresNear(layer: OverlayLayerId, lngLat: LngLat, radiusPx: number): Record<string, unknown>[];
  /** Runs `callback` once everything asked of the map so far is drawn. */
  afterDraw(callback: () => void): void;
  /** Resolves when the map has loaded what it shows and drawn it (an export waits for this). */
  whenIdle(): Promise<void>;
  /**
   * The map as drawn, at `scale` device pixels per CSS pixel, on a new 2D canvas (drawn again
   * at that scale, then put back). Call after whenIdle.
   */
  snapshot(scale: number): HTMLCanvasElement;
  /**
   * How many frames the map has drawn so far: a copy of the map taken at one count still shows
   * what the map shows while the count stays the same.
   */
  drawnFrames(): number;
  /** Ground metres per CSS pixel at the map's centre. */
  metresPerPixel(): number;
  /** Gives the keyboard focus to the map. */
  focus(): void;
  onClick(listener: ClickListener): Unsubscribe;
  onHover(layer: OverlayLayerId, listener: HoverListener): Unsubscribe;
  /** Every frame of a camera move. */
  onMove(listener: () => void): Unsubscribe;
  onMoveStart(listener: () => void): Unsubscribe;
  onMoveEnd(listener: () => void): Unsubscribe;
  onResize(listener: () => void): Unsubscribe;
}
