/**
 * Scale bars for the exported image: a "nice" length (1, 2, 3 or 5 × 10ⁿ, as MapLibre's
 * ScaleControl picks) no longer than the room given, and the ground size of a pixel in Web
 * Mercator.
 */
import { ENGLISH, formatNumber, type Tr } from '../analysis/format';
import { pluralForm } from '../i18n/translator';
import { KM_PER_NM } from '../analysis/units';

/** A scale bar: its label and its length in the same pixels as the metres per pixel given. */
interface ScaleBar {
  readonly label: string;
  readonly widthPx: number;
}

export type ScaleUnit = 'km' | 'nm';

/**
 * MapLibre's earth radius (src/geo/lng_lat.ts), which its ScaleControl and Turf's distances also
 * use, so the bar agrees with the map's own control and with the route lengths.
 */
const EARTH_RADIUS_M = 6371008.8;

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

/** Ground metres per pixel at a latitude and zoom in Web Mercator (MapLibre's 512 px tiles). */
export function metresPerPixelAt(lat: number, zoom: number, tileSize = 512): number {
  if (!Number.isFinite(lat) || Math.abs(lat) >= 90) {
    throw new RangeError(`lat must be a finite number in (−90, 90), got ${lat}`);
  }
  if (!Number.isFinite(zoom)) throw new RangeError(`zoom must be finite, got ${zoom}`);
  requirePositive('tileSize', tileSize);
  const circumference = 2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180);
  return circumference / (tileSize * 2 ** zoom);
}

/** The largest of 1, 2, 3, 5 × 10ⁿ that is ≤ x (x > 0), with its power of ten. */
function niceFloor(x: number): { value: number; exponent: number } {
  // Dividing by 10^-n keeps 0.3 exact where 3 × 0.1 would give 0.30000000000000004.
  const times = (m: number, e: number) => (e >= 0 ? m * 10 ** e : m / 10 ** -e);
  let exponent = Math.floor(Math.log10(x));
  // log10 is not exact for every power of ten; step back into [1, 10).
  if (times(1, exponent) > x) exponent -= 1;
  if (times(1, exponent + 1) <= x) exponent += 1;
  const mantissa = [5, 3, 2, 1].find((m) => times(m, exponent) <= x) ?? 1;
  return { value: times(mantissa, exponent), exponent };
}

/** Label of a length in the bar's unit; below 1 km the metric bar counts metres, as MapLibre's. */
function label(length: number, exponent: number, unit: ScaleUnit, tr: Tr): string {
  const text = (key: 'unit.nm' | 'unit.km' | 'unit.m', value: number, decimals: number) =>
    tr.t(key, {
      n: formatNumber(value, decimals, tr),
      form: pluralForm(tr.locale, value, decimals),
    });
  if (unit === 'nm') return text('unit.nm', length, length >= 1 ? 0 : -exponent);
  if (length >= 1) return text('unit.km', length, 0);
  return text('unit.m', length * 1000, Math.max(0, -exponent - 3));
}

/**
 * The longest nice scale bar that fits in maxWidthPx, e.g. (10 000 m/px, 120 px, 'km') →
 * { label: '1,000 km', widthPx: 100 }. Throws RangeError on a non-positive or non-finite input.
 */
export function scaleBar(
  metresPerPixel: number,
  maxWidthPx: number,
  unit: ScaleUnit,
  tr: Tr = ENGLISH,
): ScaleBar {
  requirePositive('metresPerPixel', metresPerPixel);
  requirePositive('maxWidthPx', maxWidthPx);
  const unitMetres = unit === 'km' ? 1000 : KM_PER_NM * 1000;
  const maxLength = (metresPerPixel * maxWidthPx) / unitMetres;
  const { value, exponent } = niceFloor(maxLength);
  // Never longer than the room given, even by a rounding error.
  const widthPx = Math.min(maxWidthPx, (value * unitMetres) / metresPerPixel);
  return { label: label(value, exponent, unit, tr), widthPx };
}
