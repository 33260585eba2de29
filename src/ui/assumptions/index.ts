export { assumptionControls } from './assumption-controls';
export { costAssumptions } from './cost-assumptions';
export { speedNote } from './cost-figures';
export { renderCosts } from './costs';
export { fuelParts, oneFuelNote, switchRule } from './fuel-split';
