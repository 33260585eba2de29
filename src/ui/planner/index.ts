export { renderPlannerPanel } from './planner-panel';
