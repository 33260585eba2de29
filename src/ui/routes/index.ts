export { figureLabel, formatQuantity } from './figure-check-table';
export { listOf, passageName, portName } from './route-comparison';
export { ecaSentence, renderRoutesPanel } from './routes-panel';
