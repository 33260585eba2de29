/**
 * Number handling for the hash: strict parsing, exact rounding and the camera's precision, which
 * follows MapLibre's own hash (maplibre-gl-js src/ui/hash.ts, getHashString).
 */
import type { Camera } from './state';
import { LIMITS } from './state';

/** Decimal places of a point in `from=`/`to=` (1e-4° ≈ 11 m). */
export const POINT_DECIMALS = 4;
/** Decimal places of `speed=` and `allow=`. */
export const SETTING_DECIMALS = 1;

// Plain decimals, with an optional exponent because MapLibre writes e.g. "1e-7" for tiny lat/lng.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;
const MAX_NUMBER_CHARS = 32;

/** A finite number from a strict decimal token, or null ('' and 'NaN' are not numbers here). */
export function parseDecimal(token: string): number | null {
  if (token.length > MAX_NUMBER_CHARS || !DECIMAL.test(token)) return null;
  const n = Number(token);
  return Number.isFinite(n) ? n + 0 : null;
}

/** `x` rounded to `decimals` places; −0 becomes 0 so equal states compare equal. */
export function roundTo(x: number, decimals: number): number {
  const m = 10 ** decimals;
  return Math.round(x * m) / m + 0;
}

/** `x` written with at most `decimals` places, no exponent and no trailing zeros. */
export function formatDecimal(x: number, decimals: number): string {
  const fixed = roundTo(x, decimals).toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** `x` limited to [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** An angle in degrees normalised to (−180, 180], like MapLibre's `wrap(n, -180, 180)`. */
export function wrapDegrees(x: number): number {
  // In-range values are returned untouched: the modulo below is not exact for them.
  if (x > -180 && x <= 180) return x;
  const w = ((((x + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w;
}

/**
 * Decimal places of lat/lng at `zoom`, MapLibre's formula for a wrapping (Mercator) world: the
 * rounding error stays under a quarter pixel of a 512 px tile, east–west. 1 at zoom 0, 8 at 22.
 */
export function latLngDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

/**
 * Decimal places of lat at `zoom` and `lat`: MapLibre's count, plus one beyond 60° and two beyond
 * 84°, because Mercator stretches latitude by 1/cos(lat) (2× at 60°, 10× at 84.3°); MapLibre's count
 * alone would let the centre drift by up to 3 px near the Northern Sea Route. The bands start on
 * whole degrees, so rounding never moves a value into a band with fewer decimals.
 */
export function latDecimals(zoom: number, lat: number): number {
  const a = Math.abs(lat);
  return latLngDecimals(zoom) + (a >= 84 ? 2 : a >= 60 ? 1 : 0);
}

/** A latitude rounded to `decimals` without leaving Web Mercator's range. */
export function roundLat(lat: number, decimals: number): number {
  const { max } = LIMITS.lat;
  const r = roundTo(clamp(lat, -max, max), decimals);
  if (Math.abs(r) <= max) return r;
  // Rounding pushed it past the limit: step back to the last representable value inside.
  const m = 10 ** decimals;
  return (Math.sign(r) * Math.floor(max * m)) / m;
}

/** A longitude rounded to `decimals`, kept in (−180, 180]. */
export function roundLng(lng: number, decimals: number): number {
  return wrapDegrees(roundTo(wrapDegrees(lng), decimals));
}

/** The camera exactly as the hash can carry it: clamped, wrapped and rounded like MapLibre. */
export function quantiseCamera(c: Camera): Camera {
  const zoom = roundTo(clamp(c.zoom, LIMITS.zoom.min, LIMITS.zoom.max), 2);
  const lat = clamp(c.lat, LIMITS.lat.min, LIMITS.lat.max);
  return {
    zoom,
    lat: roundLat(lat, latDecimals(zoom, lat)),
    lng: roundLng(c.lng, latLngDecimals(zoom)),
    bearing: wrapDegrees(roundTo(wrapDegrees(c.bearing), 1)),
    pitch: roundTo(clamp(c.pitch, LIMITS.pitch.min, LIMITS.pitch.max), 1),
  };
}

/** `zoom/lat/lng[/bearing[/pitch]]` as MapLibre writes it (see docs for the two refinements). */
export function formatCamera(camera: Camera): string {
  const c = quantiseCamera(camera);
  const lat = formatDecimal(c.lat, latDecimals(c.zoom, c.lat));
  let s = `${formatDecimal(c.zoom, 2)}/${lat}/${formatDecimal(c.lng, latLngDecimals(c.zoom))}`;
  if (c.bearing !== 0 || c.pitch !== 0) s += `/${formatDecimal(c.bearing, 1)}`;
  if (c.pitch !== 0) s += `/${formatDecimal(c.pitch, 1)}`;
  return s;
}
