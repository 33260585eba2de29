/** Public API of the sea-lane routing engine (pure: no DOM, no fs). See docs/routing.md. */
export { PASSAGES, PASSAGE_IDS, isPassageId, type PassageId } from './passages';
export { decodeNetwork, validateCompiledNetwork, type CompiledNetwork } from './network';
export { geodesicKm, lineKm } from './geodesic';
export { parsePorts, type LonLat } from './ports';
export { KM_PER_NM, kmToNm, lineFeature, nmToKm, round1, roundCoords, seaDays } from './geometry';
export {
  closedMask,
  createSeaRouter,
  type Endpoint,
  type RouteOptions,
  type SeaRoute,
  type SeaRouter,
} from './route';
