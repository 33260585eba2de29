import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

setWorkerUrl(workerUrl);

/** A camera as the URL and the presets describe it. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** Frames a region rather than fixing a zoom, so it fits a phone and a desktop alike. */
export interface BoundsCamera {
  bounds: [[number, number], [number, number]];
  bearing?: number;
  pitch?: number;
}

export interface AtlasMapHandlers {
  /** The camera settled after any move (user gesture or code). */
  onCameraChange?(camera: Camera, byUser: boolean): void;
  /** A map error worth telling the user about (a data file that failed to load…). */
  onError?(message: string): void;
}

/** Pixels of the map hidden under overlays (the panel), so framing keeps content visible. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface AtlasMapOptions {
  container: HTMLElement;
  /** Where overlays cover the map right now. */
  insets?: () => Insets;
  style: StyleSpecification;
  attributions: readonly string[];
  initial: Camera | BoundsCamera;
  handlers: AtlasMapHandlers;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/**
 * The one owner of the MapLibre map: creates it, adds the controls, and moves the camera. It
 * reports what the user does through its handlers and never edits application state itself.
 */
export class AtlasMap {
  readonly map: MapLibreMap;
  /** Resolves once the style and every source have loaded and the first frame is drawn. */
  readonly ready: Promise<void>;
  private readonly handlers: AtlasMapHandlers;
  private readonly insets: () => Insets;

  constructor(options: AtlasMapOptions) {
    this.handlers = options.handlers;
    this.insets = options.insets ?? (() => ({ top: 0, right: 0, bottom: 0, left: 0 }));
    const initial = options.initial;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style as never,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxPitch: 60,
      fadeDuration: 0,
      attributionControl: false,
      // The app keeps its own hash (see docs/url-format.md).
      hash: false,
      ...('bounds' in initial
        ? {
            bounds: initial.bounds as LngLatBoundsLike,
            fitBoundsOptions: { padding: this.framePadding(options.container) },
            bearing: initial.bearing ?? 0,
            pitch: initial.pitch ?? 0,
          }
        : {
            center: [initial.lng, initial.lat] as [number, number],
            zoom: initial.zoom,
            bearing: initial.bearing,
            pitch: initial.pitch,
          }),
    });
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    // Two scale bars: kilometres for readers, nautical miles for the sea routes.
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right');
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: [...options.attributions] }),
      'bottom-right',
    );

    this.ready = new Promise((resolve) => this.map.once('idle', () => resolve()));
    this.map.on('moveend', (event) => {
      // `originalEvent` is set only when a gesture (drag, wheel, keys) moved the map.
      const byUser = 'originalEvent' in event && event.originalEvent !== undefined;
      this.handlers.onCameraChange?.(this.camera(), byUser);
    });
    this.map.on('error', (event) => {
      const message = event.error instanceof Error ? event.error.message : String(event.error);
      this.handlers.onError?.(message);
    });
  }

  /** The current camera. */
  camera(): Camera {
    const center = this.map.getCenter();
    return {
      zoom: this.map.getZoom(),
      lat: center.lat,
      lng: center.lng,
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  /** Moves to a camera at once (opening a link) or with an animation (choosing a view). */
  moveTo(target: Camera | BoundsCamera, animate: boolean): void {
    const duration = animate && !prefersReducedMotion() ? 1200 : 0;
    if ('bounds' in target) {
      this.map.fitBounds(target.bounds as LngLatBoundsLike, {
        padding: this.framePadding(this.map.getContainer()),
        bearing: target.bearing ?? 0,
        pitch: target.pitch ?? 0,
        duration,
      });
    } else {
      const camera = {
        center: [target.lng, target.lat] as [number, number],
        zoom: target.zoom,
        bearing: target.bearing,
        pitch: target.pitch,
      };
      if (duration) this.map.flyTo({ ...camera, duration });
      else this.map.jumpTo(camera);
    }
  }

  /** Padding that keeps framed content clear of the map's edges and of the panel. */
  private framePadding(container: HTMLElement): Insets {
    const { clientWidth, clientHeight } = container;
    const margin = Math.round(Math.min(clientWidth, clientHeight) * 0.05) + 8;
    const insets = this.insets();
    const pad = {
      top: insets.top + margin,
      right: insets.right + margin + 40, // the zoom/compass buttons
      bottom: insets.bottom + margin,
      left: insets.left + margin,
    };
    // On a very small map, framing wins over keeping clear of the panel.
    if (pad.left + pad.right > clientWidth * 0.8) pad.left = pad.right = margin;
    if (pad.top + pad.bottom > clientHeight * 0.8) pad.top = pad.bottom = margin;
    return pad;
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
