import { Map as MapLibreMap, setWorkerUrl, type Marker } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { ScreenPoint } from '../lib/screen/types';
import type { MapData } from '../lib/map-data';
import { OVERLAY_SOURCES, type OverlayLayerId } from '../lib/style/ids';
import type { BoundsCamera, Camera } from '../lib/url/state';
import type {
  ClickListener,
  HoverListener,
  Insets,
  LngLat,
  MapView,
  MarkerSpec,
  Unsubscribe,
} from '../state/map-view';
import { framePadding, initialCamera, moveCamera, readCamera } from './camera';
import type { Attribution } from './attribution';
import { addControls, relabelControls } from './controls';
import { measureCovered } from './covered';
import { holdFirstPaint } from './first-paint';
import { replaceMarkers } from './markers';
import { reloadSourceFile, sourceFiles } from './source-files';
import { drawShipsOnDemand } from './ship-images';
import { OverlayApplier } from './overlays';
import { featuresNear, listenToPointer } from './pointer';
import { followContainerSize } from './resize';
import { metresPerPixel, snapshotCanvas } from './snapshot';

setWorkerUrl(workerUrl);

export interface AtlasMapHandlers {
  /** The camera settled after any move (user gesture or code). */
  onCameraChange?(camera: Camera, byUser: boolean): void;
  /**
   * A map error worth telling the user about: a data file that failed to load (`sourceId` names
   * the map source it feeds), or another error of the map.
   */
  onError?(error: unknown, sourceId: string | undefined): void;
  /** The pointer entered a Far East region (its ISO code) or left them all (null). */
  onRegionHover?(id: string | null): void;
  /** A click on the map not taken by a click listener: on a Far East region (its code), or not (null). */
  onRegionClick?(id: string | null): void;
  onEcaClick?(id: string | null): void; // the same click on an Emission Control Area (its id)
}

export interface AtlasMapOptions {
  container: HTMLElement;
  /** The page's elements over the map right now (the panel or tour card, the legend). */
  covers?: () => readonly HTMLElement[];
  /** The style, already showing `initial` (lib/style makeStyle's `initial`). */
  style: StyleSpecification;
  /** What the style shows, so later `apply` calls change only what differs from it. */
  initial: MapData;
  /**
   * The sources' links the map's attribution names, in the reader's language (content/sources.ts
   * `attributionsFor`); none: no attribution (the page writes them: an embed).
   */
  attributions: readonly Attribution[];
  /** MapLibre's own control texts in the interface's language (its `locale` option). */
  uiStrings?: Record<string, string>;
  camera: Camera | BoundsCamera;
  handlers: AtlasMapHandlers;
}

/** The map's options besides its container, style and camera (the load bench uses them too). */
export const MAP_OPTIONS = {
  minZoom: 1,
  maxZoom: 8,
  maxPitch: 60,
  fadeDuration: 0,
  attributionControl: false,
  // The app keeps its own hash (see docs/url-format.md).
  hash: false,
} as const;

/**
 * The one owner of the MapLibre map: creates it, adds the controls, applies what the state asks
 * for, and moves the camera. Everything else reaches the map through the MapView methods; it
 * reports what the user does through its handlers and never edits application state itself.
 * Throws GPUInitializationError (MapLibre's) when the browser cannot give it WebGL 2.
 */
export class AtlasMap implements MapView {
  private readonly map: MapLibreMap;
  readonly ready: Promise<void>;
  private readonly handlers: AtlasMapHandlers;
  private readonly covers: () => readonly HTMLElement[];
  /** The map's container (set before the map exists: the first framing needs it). */
  private readonly element: HTMLElement;
  private readonly overlays: OverlayApplier;
  private markers: Marker[] = [];
  private readonly clickListeners = new Set<ClickListener>();
  private styleReady = false;
  /** The data URL of each source that loads a file (to reload it after a failure). */
  private readonly sourceUrls: ReadonlyMap<string, string>;
  private pending: MapData | null = null;
  private frames = 0;
  private readonly relabel: (
    uiStrings: Record<string, string>,
    lines: readonly Attribution[],
  ) => void;

  constructor(options: AtlasMapOptions) {
    this.handlers = options.handlers;
    this.covers = options.covers ?? (() => []);
    this.element = options.container;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      ...MAP_OPTIONS,
      ...(options.uiStrings ? { locale: options.uiStrings } : {}),
      ...initialCamera(options.camera, this.padding()),
      // Followed by followContainerSize, which leaves a hidden map alone (printing).
      trackResize: false,
    });
    holdFirstPaint(this.map);
    followContainerSize(this.map);
    drawShipsOnDemand(this.map);
    this.map.on('render', () => this.frames++);
    let controls = addControls(this.map, options.attributions);
    this.relabel = (ui, lines) => (controls = relabelControls(this.map, controls, ui, lines));

    this.sourceUrls = sourceFiles(options.style);
    const routes = options.style.sources[OVERLAY_SOURCES.routes] as { data?: FeatureCollection };
    this.overlays = new OverlayApplier(this.map, options.initial, routes?.data);
    // 'style.load' comes as soon as the sources exist, before their tiles: changes made then (a
    // claim opened while the regions load) need no reload. Not isStyleLoaded(): it is false again
    // whenever a source loads tiles.
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.overlays.applyFeatureStates();
      if (this.pending) this.overlays.apply(this.pending);
      this.pending = null;
    });
    this.ready = new Promise((resolve) => this.map.once('idle', () => resolve()));
    listenToPointer(this.map, this.clickListeners, this.handlers);
    this.map.on('moveend', (event) => {
      // `originalEvent` is set only when a gesture (drag, wheel, keys) moved the map.
      const byUser = 'originalEvent' in event && event.originalEvent !== undefined;
      this.handlers.onCameraChange?.(this.camera(), byUser);
    });
    this.map.on('error', (event) => {
      const sourceId = (event as { sourceId?: unknown }).sourceId;
      this.handlers.onError?.(event.error, typeof sourceId === 'string' ? sourceId : undefined);
    });
  }

  /** MapLibre's control texts and the attribution in another language (controls.ts). */
  setControlTexts(uiStrings: Record<string, string>, attributions: readonly Attribution[]): void {
    this.relabel(uiStrings, attributions);
  }

  /** Shows what the state asks for (layers, highlights, routes); skips what has not changed. */
  apply(data: MapData): void {
    if (this.styleReady) this.overlays.apply(data);
    else this.pending = data;
  }

  /**
   * Loads a map source's data file again (after it failed: a dropped connection, a server
   * error). Returns false when the source has no file to reload.
   */
  reloadSource(sourceId: string): boolean {
    return reloadSourceFile(this.map, this.sourceUrls, sourceId);
  }

  setMarkers(specs: readonly MarkerSpec[]): void {
    this.markers = replaceMarkers(this.map, this.markers, specs);
  }

  onClick(listener: ClickListener): Unsubscribe {
    this.clickListeners.add(listener);
    return () => this.clickListeners.delete(listener);
  }

  onHover(layer: OverlayLayerId, listener: HoverListener): Unsubscribe {
    const move = this.map.on('mousemove', layer, (event) => {
      const feature = event.features?.[0];
      listener({
        lngLat: [event.lngLat.lng, event.lngLat.lat],
        properties: feature?.properties ?? {},
      });
    });
    const leave = this.map.on('mouseleave', layer, () => listener(null));
    return () => {
      move.unsubscribe();
      leave.unsubscribe();
    };
  }

  onMove(listener: () => void): Unsubscribe {
    return this.listen('move', listener);
  }

  onMoveStart(listener: () => void): Unsubscribe {
    return this.listen('movestart', listener);
  }

  onMoveEnd(listener: () => void): Unsubscribe {
    return this.listen('moveend', listener);
  }

  onResize(listener: () => void): Unsubscribe {
    return this.listen('resize', listener);
  }

  private listen(type: 'move' | 'movestart' | 'moveend' | 'resize', listener: () => void) {
    const subscription = this.map.on(type, () => listener());
    return () => subscription.unsubscribe();
  }

  container(): HTMLElement {
    return this.map.getContainer();
  }

  controls(): readonly HTMLElement[] {
    return [...this.map.getContainer().querySelectorAll<HTMLElement>('.maplibregl-ctrl')];
  }

  project([lng, lat]: LngLat): ScreenPoint {
    // On the copy of the world nearest the map's centre, so a place near ±180° is where it shows.
    const centre = this.map.getCenter().lng;
    const { x, y } = this.map.project([lng + 360 * Math.round((centre - lng) / 360), lat]);
    return { x, y };
  }

  unproject({ x, y }: ScreenPoint): [number, number] {
    const { lng, lat } = this.map.unproject([x, y]);
    return [lng, lat];
  }

  drawsNear(layer: OverlayLayerId, lngLat: LngLat, radiusPx: number): boolean {
    return this.featuresNear(layer, lngLat, radiusPx).length > 0;
  }

  featuresNear(layer: OverlayLayerId, lngLat: LngLat, radiusPx: number) {
    return featuresNear(this.map, layer, this.project(lngLat), radiusPx);
  }

  afterDraw(callback: () => void): void {
    // After a change the map is not idle until it is drawn; the repaint makes sure an idle comes.
    this.map.once('idle', () => callback());
    this.map.triggerRepaint();
  }

  whenIdle(): Promise<void> {
    return new Promise((resolve) => this.afterDraw(resolve));
  }

  snapshot(scale: number): HTMLCanvasElement {
    return snapshotCanvas(this.map, scale);
  }

  drawnFrames(): number {
    return this.frames;
  }

  metresPerPixel(): number {
    return metresPerPixel(this.map, this.element);
  }

  focus(): void {
    this.map.getCanvas().focus({ preventScroll: true });
  }

  coveredInsets({ controls } = { controls: true }): Insets {
    return measureCovered(this.element, this.covers(), controls);
  }

  camera(): Camera {
    return readCamera(this.map);
  }

  moveTo(target: Camera | BoundsCamera, animate: boolean): void {
    moveCamera(this.map, target, animate, this.padding());
  }

  /**
   * The MapLibre map, for the test and diagnostics handle (`window.corridorAtlas.map`) only: the
   * rest of the app goes through the methods above.
   */
  debugHandle(): MapLibreMap {
    return this.map;
  }

  private padding() {
    return framePadding(this.element, this.coveredInsets());
  }
}
