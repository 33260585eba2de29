import { CLAIMS } from '../content/claims';
import { PRESETS } from '../content/presets';
import type { AppState } from '../lib/map-data';
import { cameraSource, selectClaim, selectPreset, toggleLayer } from '../lib/url/navigation';
import { clamp } from '../lib/url/numbers';
import { LIMITS, type UrlState } from '../lib/url/state';
import type { AtlasMap, BoundsCamera } from '../map/atlas-map';
import type { Actions } from './context';
import type { Store } from './store';

/** The camera a state asks for when it has no explicit `map=`: its claim's or preset's framing. */
export function framingFor(url: UrlState): BoundsCamera | null {
  const source = cameraSource(url);
  if (source.kind === 'map') return null;
  if (source.kind === 'claim') {
    const view = CLAIMS[source.claim].view;
    if ('preset' in view) return PRESETS[view.preset].camera as BoundsCamera;
    return { bounds: view.bounds as BoundsCamera['bounds'] };
  }
  return PRESETS[source.view].camera as BoundsCamera;
}

/** Moves the map to wherever a state's camera comes from. */
export function moveMapTo(atlas: AtlasMap | null, url: UrlState, animate: boolean): void {
  if (!atlas) return;
  atlas.moveTo(url.camera ?? framingFor(url)!, animate);
}

const canonical = (ids: readonly string[]) => [...new Set(ids)].sort();

export function createActions(store: Store<AppState>, atlas: () => AtlasMap | null): Actions {
  const setUrl = (update: (url: UrlState) => UrlState) =>
    store.update((s) => {
      const url = update(s.url);
      return url === s.url ? s : { ...s, url };
    });
  return {
    choosePreset(id) {
      setUrl((url) => selectPreset(url, id));
      moveMapTo(atlas(), store.state.url, true);
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
      if (id !== null && store.state.url !== before) moveMapTo(atlas(), store.state.url, true);
    },
    openPanel(id) {
      setUrl((url) => (url.panel === id ? url : { ...url, panel: id }));
    },
    setSpeed(knots) {
      const speed = Math.round(clamp(knots, LIMITS.speed.min, LIMITS.speed.max) * 10) / 10;
      setUrl((url) => (url.speed === speed ? url : { ...url, speed }));
    },
    setAllowance(days) {
      const allowance =
        Math.round(clamp(days, LIMITS.allowance.min, LIMITS.allowance.max) * 10) / 10;
      setUrl((url) => (url.allowance === allowance ? url : { ...url, allowance }));
    },
    toggleLayer(id, on) {
      setUrl((url) => toggleLayer(url, id, on));
    },
    setPlanner(patch) {
      setUrl((url) => {
        const avoid = canonical(patch.avoid ?? url.avoid);
        // A passage both avoided and opened is avoided (docs/url-format.md).
        const open = canonical(patch.open ?? url.open).filter((id) => !avoid.includes(id));
        return { ...url, ...patch, avoid, open };
      });
    },
    selectRegion(id) {
      store.update((s) => (s.selectedRegion === id ? s : { ...s, selectedRegion: id }));
    },
    frame(bounds) {
      atlas()?.moveTo({ bounds }, true);
    },
  };
}
