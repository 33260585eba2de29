/**
 * Applies MapData to the map's overlay layers: visibility, feature states and the computed
 * routes. It starts from what the style already shows, remembers what it applied last, and makes
 * no MapLibre call for what has not changed: a layout change reloads the layer's source.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS, type LayerId } from '../content/ids';
import type { MapData } from '../lib/map-data';
import {
  LAZY_DATA_KEY,
  LAYER_GROUPS,
  NO_WORLD_PORTS,
  OVERLAY_SOURCES,
  labelTextFields,
  routesSourceData,
  shipsData,
} from '../lib/style';

const NO_FEATURE_STATES = {
  highlightRegions: [] as readonly string[],
  hoverRegion: null,
  selectedRegion: null,
} as const;

type FeatureStates = Pick<MapData, 'highlightRegions' | 'hoverRegion' | 'selectedRegion'>;

export class OverlayApplier {
  private last: MapData;
  /** Feature states live in the sources, which exist only once the style has loaded. */
  private lastStates: FeatureStates = NO_FEATURE_STATES;
  /** The layers whose lazily loaded data has been set (or was in the style from the start). */
  private readonly loaded = new Set<LayerId>();

  /**
   * `styled`: what the style was built showing. `routes`: the routes source's own data
   * (geo/routes.geojson), kept to add the computed routes to.
   */
  constructor(
    private readonly map: MapLibreMap,
    styled: MapData,
    private readonly routes: FeatureCollection = { type: 'FeatureCollection', features: [] },
  ) {
    this.last = styled;
    for (const id of LAYER_IDS) if (styled.layers[id]) this.loaded.add(id);
  }

  /** Sets the feature states of what the style shows (call once its sources exist). */
  applyFeatureStates(): void {
    this.syncStates(this.last);
  }

  apply(data: MapData): void {
    const last = this.last;
    for (const id of LAYER_IDS) {
      if (last.layers[id] === data.layers[id]) continue;
      if (data.layers[id]) this.loadLazyData(id);
      for (const layer of LAYER_GROUPS[id]) {
        this.map.setLayoutProperty(layer, 'visibility', data.layers[id] ? 'visible' : 'none');
      }
    }
    if (data.routes !== last.routes) {
      const source = this.map.getSource(OVERLAY_SOURCES.routes) as
        { setData(data: FeatureCollection): void } | undefined;
      source?.setData(routesSourceData(this.routes, data.routes));
    }
    if (data.ships !== last.ships) {
      const source = this.map.getSource(OVERLAY_SOURCES.ships) as
        { setData(data: FeatureCollection): void } | undefined;
      source?.setData(shipsData(data.ships));
    }
    if (data.worldPorts !== last.worldPorts) {
      const source = this.map.getSource(OVERLAY_SOURCES.worldPorts) as
        { setData(data: FeatureCollection): void } | undefined;
      source?.setData(data.worldPorts ?? NO_WORLD_PORTS);
    }
    if (data.projection !== last.projection) this.map.setProjection({ type: data.projection });
    if (data.labels !== last.labels) {
      for (const [layer, field] of Object.entries(labelTextFields(data.labels))) {
        this.map.setLayoutProperty(layer, 'text-field', field);
      }
    }
    this.syncStates(data);
    this.last = data;
  }

  /** Gives a lazily loaded layer's source its data the first time the layer is shown. */
  private loadLazyData(id: LayerId): void {
    const [first] = LAYER_GROUPS[id];
    const layer = first === undefined ? undefined : this.map.getLayer(first);
    const data = (layer?.metadata as Record<string, unknown> | undefined)?.[LAZY_DATA_KEY];
    if (!layer?.source || typeof data !== 'string' || data === '' || this.loaded.has(id)) return;
    this.loaded.add(id);
    const source = this.map.getSource(layer.source) as { setData(data: string): void } | undefined;
    source?.setData(data);
  }

  private syncStates(data: FeatureStates): void {
    const last = this.lastStates;
    this.sync('highlight', last.highlightRegions, data.highlightRegions);
    this.sync('hover', listOf(last.hoverRegion), listOf(data.hoverRegion));
    this.sync('selected', listOf(last.selectedRegion), listOf(data.selectedRegion));
    this.lastStates = data;
  }

  /** Sets a boolean feature state on the regions that gain it and clears it on those that lose it. */
  private sync(key: string, before: readonly string[], after: readonly string[]): void {
    if (before === after) return;
    const next = new Set(after);
    for (const id of before) {
      if (!next.has(id))
        this.map.setFeatureState({ source: OVERLAY_SOURCES.regions, id }, { [key]: false });
    }
    const prev = new Set(before);
    for (const id of after) {
      if (!prev.has(id))
        this.map.setFeatureState({ source: OVERLAY_SOURCES.regions, id }, { [key]: true });
    }
  }
}

const listOf = (id: string | null): readonly string[] => (id === null ? [] : [id]);
