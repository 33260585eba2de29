export { startEcaCard } from './eca-card';
