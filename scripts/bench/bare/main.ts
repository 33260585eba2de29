/**
 * The benchmark's baseline: a bare MapLibre page that draws only the atlas's land polygons, with
 * the same default view (the overview preset). Its time to first `idle` is what any MapLibre page with that data costs.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import countries from '../../../geo/basemap/countries.geojson?url';
import { PRESETS } from '../../../src/content/presets';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  // The app's default view (the overview preset), so both draw the same area.
  bounds: PRESETS.overview.camera.bounds as [[number, number], [number, number]],
  style: {
    version: 8,
    sources: { land: { type: 'geojson', data: new URL(countries, document.baseURI).href } },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#cfe1ec' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f6f3ec' } },
    ],
  },
});
map.once('idle', () => performance.mark('atlas:first-idle'));
