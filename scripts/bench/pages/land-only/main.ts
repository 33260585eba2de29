/**
 * The load benchmark's floor: a bare MapLibre page that draws only the atlas's land polygons, at
 * the app's camera and map size. Its time to first `idle` is what any MapLibre page showing that
 * area costs.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { benchMapOptions, markFirstIdle } from '../bench-map';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  ...benchMapOptions(),
  attributionControl: false,
  style: {
    version: 8,
    // Written beside this page by scripts/bench/load.ts: the land polygons of the app's basemap.
    sources: { land: { type: 'geojson', data: new URL('land.geojson', document.baseURI).href } },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#cfe1ec' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f6f3ec' } },
    ],
  },
});
markFirstIdle(map);
