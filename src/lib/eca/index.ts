/** Emission Control Areas on a route (issue #32; docs/eca.md). Pure: no DOM, no fs. */
export { parseEcaExtents, type EcaShape } from './extents';
export { graphEdgeEcaKm, hierarchyEcaKm, measureEcaKm } from './measure';
