import {
  AttributionControl,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { MapData } from '../lib/map-data';
import { OVERLAY_LAYERS, OVERLAY_SOURCES } from '../lib/style';
import { OverlayState } from './overlays';

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
  /** The pointer entered a Far East region (its ISO code) or left them all (null). */
  onRegionHover?(id: string | null): void;
  /** A Far East region was clicked. */
  onRegionClick?(id: string): void;
}

/** A click on the map; return true to say it was handled (no region card then). */
export type ClickListener = (lngLat: [number, number]) => boolean | void;
/** The pointer over a layer's features (their properties and position), or null when it left. */
export type HoverListener = (
  hit: { lngLat: [number, number]; properties: Record<string, unknown> } | null,
) => void;

/** An HTML marker on the map (claims): keyboard-focusable, announced by screen readers. */
export interface MarkerSpec {
  id: string;
  lngLat: [number, number];
  element: HTMLElement;
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
  private readonly overlays: OverlayState;
  private markers: Marker[] = [];
  private clickListeners = new Set<ClickListener>();
  private styleReady = false;

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
    // On a phone the open attribution would cover the map: start it folded (the ⓘ opens it).
    this.map.once('load', () => {
      if (options.container.clientWidth > 720) return;
      options.container
        .querySelector('.maplibregl-ctrl-attrib')
        ?.classList.remove('maplibregl-compact-show');
    });

    const routes = options.style.sources[OVERLAY_SOURCES.routes] as { data?: FeatureCollection };
    this.overlays = new OverlayState(
      this.map,
      routes?.data ?? { type: 'FeatureCollection', features: [] },
    );
    this.map.once('load', () => (this.styleReady = true));
    this.ready = new Promise((resolve) => this.map.once('idle', () => resolve()));
    this.listenToRegions();
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

  /** Shows what the state asks for (layers, highlights); skips what has not changed. */
  apply(data: MapData): void {
    this.whenStyleReady(() => this.overlays.apply(data));
  }

  /** Draws the planner's route, or clears it. */
  setPlannedRoute(feature: Feature<LineString> | null): void {
    this.whenStyleReady(() => this.overlays.setPlannedRoute(feature));
  }

  /**
   * Runs `update` now if the style has loaded, else on its 'load'. Not `isStyleLoaded()`: that is
   * false again whenever a source is loading tiles, and 'load' fires only once, so an update made
   * then (closing a claim while the regions load) would be lost.
   */
  private whenStyleReady(update: () => void): void {
    if (this.styleReady) update();
    else this.map.once('load', update);
  }

  /** Replaces the HTML markers (the claims). */
  setMarkers(specs: readonly MarkerSpec[]): void {
    for (const marker of this.markers) marker.remove();
    this.markers = specs.map((spec) =>
      new Marker({ element: spec.element, anchor: 'center' })
        .setLngLat(spec.lngLat)
        .addTo(this.map),
    );
  }

  /** Calls `listener` on every map click (before the region card); returns the unsubscribe. */
  onClick(listener: ClickListener): () => void {
    this.clickListeners.add(listener);
    return () => this.clickListeners.delete(listener);
  }

  /** Calls `listener` while the pointer moves over a layer's features, and with null on leave. */
  onHover(layerId: string, listener: HoverListener): void {
    this.map.on('mousemove', layerId, (event) => {
      const feature = event.features?.[0];
      listener({
        lngLat: [event.lngLat.lng, event.lngLat.lat],
        properties: feature?.properties ?? {},
      });
    });
    this.map.on('mouseleave', layerId, () => listener(null));
  }

  private listenToRegions(): void {
    let hovered: string | null = null;
    const setHover = (id: string | null) => {
      if (id === hovered) return;
      hovered = id;
      this.map.getCanvas().style.cursor = id ? 'pointer' : '';
      this.handlers.onRegionHover?.(id);
    };
    this.map.on('mousemove', OVERLAY_LAYERS.regionFill, (event) => {
      const id = event.features?.[0]?.id;
      setHover(id === undefined ? null : String(id));
    });
    this.map.on('mouseleave', OVERLAY_LAYERS.regionFill, () => setHover(null));
    this.map.on('click', (event) => {
      for (const listener of this.clickListeners) {
        if (listener([event.lngLat.lng, event.lngLat.lat]) === true) return;
      }
      const layers = this.map.getLayer(OVERLAY_LAYERS.regionFill)
        ? [OVERLAY_LAYERS.regionFill]
        : [];
      const [region] = layers.length ? this.map.queryRenderedFeatures(event.point, { layers }) : [];
      if (region?.id !== undefined) this.handlers.onRegionClick?.(String(region.id));
    });
  }

  /** Pixels of the map hidden under the panel and legend, as framing avoids them. */
  covered(): Insets {
    return this.insets();
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
