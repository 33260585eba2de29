/**
 * The precedence rules of docs/url-format.md as pure functions: where the camera of a link
 * comes from, which layers it shows, and the state after choosing a preset or a claim.
 */
import type { ClaimId, LayerId, PresetId } from '../../content/ids';
import { LAYER_IDS } from '../../content/ids';
import { CLAIMS } from '../../content/claims';
import { PRESETS } from '../../content/presets';
import { TOUR_STEPS, type TourStep } from '../../content/tour';
import { quantiseCamera } from './numbers';
import type { BoundsCamera, Camera, UrlState } from './state';

export type CameraSource =
  | { readonly kind: 'map'; readonly camera: Camera }
  | { readonly kind: 'tour'; readonly step: TourStep }
  | { readonly kind: 'claim'; readonly claim: ClaimId }
  | { readonly kind: 'view'; readonly view: PresetId };

/** The tour step a state shows, or null outside the tour. */
export function tourStep(state: UrlState): TourStep | null {
  return state.tour === null ? null : (TOUR_STEPS[state.tour - 1] ?? null);
}

/**
 * Where the camera comes from: `map=` always wins; then a tour step's framing; otherwise an open
 * claim is framed, unless it is the claim the view's own preset opens; otherwise the view's
 * preset bounds.
 */
export function cameraSource(state: UrlState): CameraSource {
  if (state.camera) return { kind: 'map', camera: state.camera };
  const step = tourStep(state);
  if (step) return { kind: 'tour', step };
  if (state.claim && state.claim !== PRESETS[state.view].claim) {
    return { kind: 'claim', claim: state.claim };
  }
  return { kind: 'view', view: state.view };
}

/** The camera a state asks for: its explicit `map=`, else its claim's or preset's framing. */
export function cameraFor(state: UrlState): Camera | BoundsCamera {
  const source = cameraSource(state);
  if (source.kind === 'map') return source.camera;
  if (source.kind === 'tour') {
    const camera = source.step.camera;
    return 'preset' in camera ? PRESETS[camera.preset].camera : { bounds: camera.bounds };
  }
  if (source.kind === 'claim') {
    const view = CLAIMS[source.claim].view;
    return 'preset' in view ? PRESETS[view.preset].camera : { bounds: view.bounds };
  }
  return PRESETS[source.view].camera;
}

/** The layers shown: a tour step's, else the link's `layers=`, else the view's preset layers. */
export function shownLayers(state: UrlState): readonly LayerId[] {
  return tourStep(state)?.layers ?? state.layers ?? PRESETS[state.view].layers;
}

/**
 * State at tour step `step` (1-based), or out of the tour (null). Entering the tour closes the
 * open claim and frees the camera, so each step frames its own places.
 */
export function selectTourStep(state: UrlState, step: number | null): UrlState {
  if (step === null) return state.tour === null ? state : { ...state, tour: null };
  const n = Math.min(TOUR_STEPS.length, Math.max(1, Math.round(step)));
  return n === state.tour && state.camera === null
    ? state
    : { ...state, tour: n, claim: null, camera: null };
}

/** State after choosing preset `id`: its framing, claim, panel and layers; planner kept. */
export function selectPreset(state: UrlState, id: PresetId): UrlState {
  const preset = PRESETS[id];
  return {
    ...state,
    view: id,
    camera: null,
    layers: null,
    claim: preset.claim ?? null,
    panel: preset.panel ?? state.panel,
    tour: null,
  };
}

/** State after opening claim `id` (or closing the card with null); opening frames the claim. */
export function selectClaim(state: UrlState, id: ClaimId | null): UrlState {
  return id === null
    ? { ...state, claim: null }
    : { ...state, claim: id, camera: null, tour: null };
}

/**
 * State after the user moved the map: the camera becomes explicit (`map=`), rounded as the link
 * will carry it, so sub-pixel jitter is no change. Call it for user moves only, not for the
 * moveend that ends a preset's or claim's own flight, or links would lose their responsive framing.
 */
export function moveCamera(state: UrlState, camera: Camera): UrlState {
  return { ...state, camera: quantiseCamera(camera) };
}

/** State after switching layer `id` on or off; back to null when it matches the preset again. */
export function toggleLayer(state: UrlState, id: LayerId, on: boolean): UrlState {
  const current = shownLayers(state);
  const next = LAYER_IDS.filter((l) => (l === id ? on : current.includes(l)));
  const preset = PRESETS[state.view].layers;
  const same = next.length === preset.length && next.every((l) => preset.includes(l));
  // Switching a layer takes the map over from the tour.
  return { ...state, layers: same ? null : next, tour: null };
}
