import './ui/fonts.css';
import './ui/styles.css';
import { startApp } from './app/app';

startApp().catch((error: unknown) => {
  // Last resort: the page must never stay blank.
  console.error(error);
  const fallback = document.getElementById('map-fallback');
  if (fallback) {
    fallback.hidden = false;
    fallback.textContent =
      'Something went wrong while starting the map. The panels may still work; reloading the page may help.';
  }
});
