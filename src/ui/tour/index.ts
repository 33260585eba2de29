export { type TourHandle, startTour } from './tour';
export { showWelcome } from './welcome';
