export { figureLabel, formatQuantity } from './figure-check-table';
export { listOf, passageName, portName } from './route-comparison';
export { renderRoutesPanel } from './routes-panel';
