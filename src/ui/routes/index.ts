export { formatQuantity } from './figure-check-table';
export { renderRoutesPanel } from './routes-panel';
