export { startClaimMarkers } from './claim-markers';
export { categoryBadge, symbolSvg } from './claim-symbols';
export { renderClaimsPanel } from './claims-panel';
