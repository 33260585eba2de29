import { describe, expect, test } from 'vitest';
import { PRESETS } from '../../src/content/presets';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import {
  cameraSource,
  moveCamera,
  selectClaim,
  selectPreset,
  shownLayers,
  toggleLayer,
} from '../../src/lib/url/navigation';
import { DEFAULT_STATE, type UrlState } from '../../src/lib/url/state';
import { CATALOGUES } from './helpers';

const fromHash = (hash: string) => parseHash(hash, CATALOGUES).state;

describe('camera precedence (docs/url-format.md)', () => {
  test('only view=: the preset frames the camera', () => {
    expect(cameraSource(fromHash('#view=malacca'))).toEqual({ kind: 'view', view: 'malacca' });
    expect(cameraSource(fromHash(''))).toEqual({ kind: 'view', view: 'overview' });
  });
  test('map= wins over view and claim', () => {
    const s = fromHash('#map=5/10/100&view=malacca&claim=relos');
    expect(cameraSource(s)).toEqual({
      kind: 'map',
      camera: { zoom: 5, lat: 10, lng: 100, bearing: 0, pitch: 0 },
    });
    expect(s.claim).toBe('relos');
  });
  test('claim= without map= frames the claim', () => {
    expect(cameraSource(fromHash('#view=malacca&claim=relos'))).toEqual({
      kind: 'claim',
      claim: 'relos',
    });
  });
  test("a preset's own claim keeps the preset's framing", () => {
    const s = selectPreset(DEFAULT_STATE, 'corridor');
    expect(s.claim).toBe(PRESETS.corridor.claim);
    expect(cameraSource(fromHash(serializeHash(s)))).toEqual({ kind: 'view', view: 'corridor' });
  });
});

describe('navigation steps', () => {
  test('choosing a preset clears the camera and layers and opens its claim and panel', () => {
    const before = {
      ...DEFAULT_STATE,
      camera: { zoom: 9, lat: 1, lng: 2, bearing: 0, pitch: 0 },
      layers: [],
      avoid: ['suez'],
    } satisfies UrlState;
    const s = selectPreset(before, 'comparison');
    expect(s).toEqual({
      ...before,
      view: 'comparison',
      camera: null,
      layers: null,
      panel: 'routes',
    });
    expect(serializeHash(s)).toBe('#view=comparison&panel=routes&avoid=suez');
  });
  test('opening a claim drops map= so the claim is framed; closing keeps the camera', () => {
    const moved = moveCamera(DEFAULT_STATE, { zoom: 4, lat: 1, lng: 2, bearing: 0, pitch: 0 });
    expect(selectClaim(moved, 'relos').camera).toBeNull();
    expect(selectClaim({ ...moved, claim: 'relos' }, null)).toEqual(moved);
  });
  test('moveCamera rounds to what the link carries', () => {
    const s = moveCamera(DEFAULT_STATE, {
      zoom: 4.123,
      lat: 10.123456,
      lng: 200,
      bearing: -0.01,
      pitch: 0.04,
    });
    expect(s.camera).toEqual({ zoom: 4.12, lat: 10.12, lng: -160, bearing: 0, pitch: 0 });
  });
  test('toggling a layer away from and back to the preset restores null', () => {
    const s = { ...DEFAULT_STATE, view: 'malacca' as const };
    expect(shownLayers(s)).toEqual(PRESETS.malacca.layers);
    const off = toggleLayer(s, 'variant', false);
    expect(off.layers).toEqual(PRESETS.malacca.layers.filter((l) => l !== 'variant'));
    expect(serializeHash(off)).toContain('layers=');
    expect(toggleLayer(off, 'variant', true).layers).toBeNull();
  });
});
