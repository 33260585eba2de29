import { checkPrice } from '../lib/costs/model';
import { canonicalPrice } from '../lib/url/tokens';
import {
  cameraFor,
  selectClaim,
  selectPreset,
  selectTourStep,
  toggleLayer,
} from '../lib/url/navigation';
import { clamp, roundTo, SETTING_DECIMALS } from '../lib/url/numbers';
import { setPlanner } from '../lib/url/planner';
import { LIMITS, type UrlState } from '../lib/url/state';
import type { AppState } from '../state/app-state';
import type { Actions } from '../state/context';
import type { MapView } from '../state/map-view';
import type { Store } from '../state/store';
import { prefersReducedMotion } from '../state/motion';
import { asCorrection } from './url-sync';

/** A setting as the URL carries it: clamped to its range, rounded to its decimals. */
const setting = (value: number, range: { min: number; max: number }) =>
  roundTo(clamp(value, range.min, range.max), SETTING_DECIMALS);

/** The actions of the state's context; `map` is the map's door, or null without WebGL. */
export function createActions(store: Store<AppState>, map: () => MapView | null): Actions {
  const setUrl = (update: (url: UrlState) => UrlState) =>
    store.update((s) => {
      const url = update(s.url);
      return url === s.url ? s : { ...s, url };
    });
  // Camera moves fly, except for readers who asked their system for reduced motion.
  const fly = () => !prefersReducedMotion();
  const moveToState = () => map()?.moveTo(cameraFor(store.state.url), fly());
  return {
    choosePreset(id) {
      setUrl((url) => selectPreset(url, id));
      moveToState();
    },
    chooseClaim(id) {
      const before = store.state.url;
      // Opening a claim also shows its card in the Claims panel.
      // Closing keeps the tab that showed the card (bug: a claim opened from a link, with no
      // panel= in it, fell back to the Routes tab on closing and lost the reader's focus).
      setUrl((url) => ({
        ...selectClaim(url, id),
        panel: id === null ? (url.panel ?? 'claims') : 'claims',
      }));
      if (id !== null && store.state.url !== before) moveToState();
    },
    openPanel(id) {
      setUrl((url) => (url.panel === id ? url : { ...url, panel: id }));
    },
    setSpeed(knots) {
      const speed = setting(knots, LIMITS.speed);
      setUrl((url) => (url.speed === speed ? url : { ...url, speed }));
    },
    setAllowance(days) {
      const allowance = setting(days, LIMITS.allowance);
      setUrl((url) => (url.allowance === allowance ? url : { ...url, allowance }));
    },
    toggleLayer(id, on) {
      setUrl((url) => toggleLayer(url, id, on));
    },
    setPlanner(patch) {
      setUrl((url) => setPlanner(url, patch));
    },
    correctPlanner(patch) {
      asCorrection(() => setUrl((url) => setPlanner(url, patch)));
    },
    setVessel(vessel) {
      setUrl((url) => (url.vessel === vessel ? url : { ...url, vessel }));
    },
    setFuel(fuel) {
      setUrl((url) =>
        url.fuel === fuel ? url : { ...url, fuel, price: canonicalPrice(fuel, url.price) },
      );
    },
    setPrice(usd) {
      const checked = usd === null ? null : checkPrice(usd);
      if (checked && !checked.ok) return;
      const price = checked ? checked.value : null;
      setUrl((url) => {
        const next = canonicalPrice(url.fuel, price);
        return url.price === next ? url : { ...url, price: next };
      });
    },
    setDues(usd) {
      const dues = Math.round(
        clamp(Number.isFinite(usd) ? usd : 0, LIMITS.dues.min, LIMITS.dues.max),
      );
      setUrl((url) => (url.dues === dues ? url : { ...url, dues }));
    },
    setScrubber(on) {
      setUrl((url) => (url.scrubber === on ? url : { ...url, scrubber: on }));
    },
    chooseTourStep(step) {
      const before = store.state.url;
      setUrl((url) => selectTourStep(url, step));
      if (step !== null && store.state.url !== before) moveToState();
    },
    setLanguage(lang) {
      setUrl((url) => (url.lang === lang ? url : { ...url, lang }));
    },
    setProjection(projection) {
      setUrl((url) => (url.projection === projection ? url : { ...url, projection }));
    },
    showShips(ships) {
      // No ships, still no ships: no change (the map would reload the empty source).
      store.update((s) =>
        s.ships === ships || (s.ships.length === 0 && ships.length === 0) ? s : { ...s, ships },
      );
    },
    showWorldPorts(worldPorts) {
      store.update((s) => (s.worldPorts === worldPorts ? s : { ...s, worldPorts }));
    },
    showRoutes(routes) {
      store.update((s) => (s.routes === routes ? s : { ...s, routes }));
    },
    selectRegion(id) {
      store.update((s) => (s.selectedRegion === id ? s : { ...s, selectedRegion: id }));
    },
    selectEca(id) {
      store.update((s) => (s.selectedEca === id ? s : { ...s, selectedEca: id }));
    },
    hoverRegion(id) {
      store.update((s) => (s.hoverRegion === id ? s : { ...s, hoverRegion: id }));
    },
    frame(bounds) {
      map()?.moveTo({ bounds }, fly());
    },
  };
}
