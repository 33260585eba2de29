/**
 * The precedence rules of docs/url-format.md as pure functions: where the camera of a link
 * comes from, which layers it shows, and the state after choosing a preset or a claim.
 */
import type { ClaimId, LayerId, PresetId } from '../../content/ids';
import { LAYER_IDS } from '../../content/ids';
import { CLAIMS } from '../../content/claims';
import { PRESETS } from '../../content/presets';
import { quantiseCamera } from './numbers';
import type { BoundsCamera, Camera, UrlState } from './state';

export type CameraSource =
  | { readonly kind: 'map'; readonly camera: Camera }
  | { readonly kind: 'claim'; readonly claim: ClaimId }
  | { readonly kind: 'view'; readonly view: PresetId };

/**
 * Where the camera comes from: `map=` always wins; otherwise an open claim is framed, unless it
 * is the claim the view's own preset opens; otherwise the view's preset bounds.
 */
export function cameraSource(state: UrlState): CameraSource {
  if (state.camera) return { kind: 'map', camera: state.camera };
  if (state.claim && state.claim !== PRESETS[state.view].claim) {
    return { kind: 'claim', claim: state.claim };
  }
  return { kind: 'view', view: state.view };
}

/** The camera a state asks for: its explicit `map=`, else its claim's or preset's framing. */
export function cameraFor(state: UrlState): Camera | BoundsCamera {
  const source = cameraSource(state);
  if (source.kind === 'map') return source.camera;
  if (source.kind === 'claim') {
    const view = CLAIMS[source.claim].view;
    return 'preset' in view ? PRESETS[view.preset].camera : { bounds: view.bounds };
  }
  return PRESETS[source.view].camera;
}

/** The layers shown: the link's `layers=`, else the view's preset layers. */
export function shownLayers(state: UrlState): readonly LayerId[] {
  return state.layers ?? PRESETS[state.view].layers;
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
  };
}

/** State after opening claim `id` (or closing the card with null); opening frames the claim. */
export function selectClaim(state: UrlState, id: ClaimId | null): UrlState {
  return id === null ? { ...state, claim: null } : { ...state, claim: id, camera: null };
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
  return { ...state, layers: same ? null : next };
}
