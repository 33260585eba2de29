/**
 * The load benchmark's middle page: the app's own style and data for its opening state, built by
 * the app's own code exactly as src/app/app.ts builds it, in a bare MapLibre map with the app's
 * map options, at the app's camera and map size. No controls, panel, markers or URL sync: what
 * the app costs beyond this page is its UI.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
// The @font-face rules only: MapLibre draws the labels locally with these faces and loads them
// itself (the app's own early font load, src/app/fonts.ts, is left out).
import '../../../../src/ui/frame/fonts.css';
import { loadAtlasData } from '../../../../src/app/data';
import { atlasStyle } from '../../../../src/app/style';
import { toMapData } from '../../../../src/lib/map-data';
import { MAP_OPTIONS } from '../../../../src/map/atlas-map';
import { initialAppState } from '../../../../src/state/app-state';
import { benchMapOptions, markFirstIdle } from '../bench-map';

setWorkerUrl(workerUrl);
const data = loadAtlasData();
// As src/app/app.ts startApp, for a page opened without a hash.
const style = atlasStyle(data, toMapData(initialAppState(), data.regionIds));
// AtlasMap's options (src/map/atlas-map.ts), less its controls.
const map = new MapLibreMap({ ...benchMapOptions(), style: style as never, ...MAP_OPTIONS });
markFirstIdle(map);
