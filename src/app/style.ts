/**
 * The atlas's map style for a state, from its loaded data: one function, used by the app and by
 * the load benchmark's same-style page (scripts/bench/pages/same-style), so both draw the same.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { portsForMap, type MapData } from '../lib/map-data';
import { makeStyle } from '../lib/style';
import type { AtlasData } from '../state/data';
import { basemapUrls, ecasUrl } from './geo-urls';

/** The style showing `initial`; the ports that end a drawn route are the lead ports. */
export function atlasStyle(data: AtlasData, initial: MapData): StyleSpecification {
  const leadPorts = new Set(Object.values(data.routes).flatMap((r) => [r.origin, r.destination]));
  return makeStyle({
    basemap: basemapUrls(),
    overlays: {
      routes: data.routesCollection,
      ports: portsForMap(data.portsCollection, leadPorts),
      chokepoints: data.chokepoints,
      regionsUrl: data.regionsUrl,
      regionLabels: data.regionLabels,
      ecasUrl: ecasUrl(),
    },
    initial,
  });
}
