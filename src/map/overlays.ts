/**
 * Applies MapData to the map's overlay layers: visibility and feature states. Remembers what it
 * applied last, so calling it again with the same data does no work.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { LAYER_IDS } from '../content/ids';
import type { MapData } from '../lib/map-data';
import { LAYER_GROUPS, OVERLAY_SOURCES, PLANNED_ROUTE_ID } from '../lib/style';

export class OverlayState {
  private last: MapData | null = null;
  private planned: Feature<LineString> | null = null;

  /** `routes`: the routes source's own data (geo/routes.geojson), kept to add the planned route to. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly routes: FeatureCollection,
  ) {}

  apply(data: MapData): void {
    const last = this.last;
    for (const id of LAYER_IDS) {
      if (last?.layers[id] === data.layers[id]) continue;
      for (const layer of LAYER_GROUPS[id]) {
        this.map.setLayoutProperty(layer, 'visibility', data.layers[id] ? 'visible' : 'none');
      }
    }
    this.sync('highlight', last?.highlightRegions ?? [], data.highlightRegions);
    this.sync(
      'hover',
      last?.hoverRegion ? [last.hoverRegion] : [],
      data.hoverRegion ? [data.hoverRegion] : [],
    );
    this.sync(
      'selected',
      last?.selectedRegion ? [last.selectedRegion] : [],
      data.selectedRegion ? [data.selectedRegion] : [],
    );
    this.last = data;
  }

  /**
   * Draws (or clears) the planner's route. It shares the routes source (fewer sources load
   * faster), so the source is reset to the three routes plus the planned one.
   */
  setPlannedRoute(feature: Feature<LineString> | null): void {
    if (feature === this.planned) return;
    this.planned = feature;
    const source = this.map.getSource(OVERLAY_SOURCES.routes) as
      { setData(data: FeatureCollection): void } | undefined;
    const planned = feature
      ? [{ ...feature, properties: { ...feature.properties, id: PLANNED_ROUTE_ID } }]
      : [];
    source?.setData({ ...this.routes, features: [...this.routes.features, ...planned] });
  }

  /** Sets a boolean feature state on the regions that gain it and clears it on those that lose it. */
  private sync(key: string, before: readonly string[], after: readonly string[]): void {
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
