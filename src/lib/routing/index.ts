/** Public API of the sea-lane routing engine (pure: no DOM, no fs). See docs/routing.md. */
export { PASSAGES, PASSAGE_IDS, isPassageId, type Passage, type PassageId } from './passages';
export {
  NETWORK_FORMAT,
  decodeNetwork,
  validateCompiledNetwork,
  type CompiledNetwork,
  type SeaGraph,
} from './network';
export { geodesicKm, haversineKm, lineKm } from './geodesic';
export { indexPorts, isLonLat, parsePorts, type LonLat, type Port } from './ports';
export {
  KM_PER_NM,
  kmToNm,
  lineFeature,
  nmToKm,
  round1,
  roundCoords,
  seaDays,
  unwrapLongitudes,
} from './geometry';
export {
  DEFAULT_MAX_SNAP_KM,
  closedMask,
  createSeaRouter,
  routeToFeature,
  type Endpoint,
  type RouteEnd,
  type RouteError,
  type RouteErrorCode,
  type RouteOptions,
  type RouteResult,
  type SeaRoute,
  type SeaRouter,
} from './route';
