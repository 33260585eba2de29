export { startRegionCard } from './region-card';
export { renderRegionList } from './region-list';
