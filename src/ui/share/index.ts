export { showEmbedSources, startEmbedMode } from './embed-mode';
export { preparePrinting } from './print';
export { shareMenu } from './share-menu';
