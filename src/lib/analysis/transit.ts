/**
 * Transit-time model: days at sea at a constant speed plus a lump allowance for port calls and
 * canal transits. Invalid inputs throw a RangeError (callers such as UI sliders should clamp
 * first); a silent NaN would otherwise flow into every table and sentence downstream.
 */
import { kmToNm } from './units';

export interface TransitInput {
  /** Route length in nautical miles (≥ 0). */
  nm: number;
  /** Average speed at sea in knots (> 0). */
  knots: number;
  /** Port and canal allowance in days (≥ 0). */
  allowanceDays: number;
}

export interface TransitTime {
  seaDays: number;
  allowanceDays: number;
  totalDays: number;
}

function requireFinite(name: string, value: number, min: number, inclusive: boolean): void {
  const ok = Number.isFinite(value) && (inclusive ? value >= min : value > min);
  if (!ok)
    throw new RangeError(
      `${name} must be a finite number ${inclusive ? '≥' : '>'} ${min}, got ${value}`,
    );
}

/** Transit time: sea days = nm ÷ (knots × 24), plus the allowance; throws RangeError on bad input. */
export function transitDays({ nm, knots, allowanceDays }: TransitInput): TransitTime {
  requireFinite('nm', nm, 0, true);
  requireFinite('knots', knots, 0, false);
  requireFinite('allowanceDays', allowanceDays, 0, true);
  const seaDays = nm / (knots * 24);
  return { seaDays, allowanceDays, totalDays: seaDays + allowanceDays };
}

export type ImpliedSpeedInput = { km: number; days: number } | { nm: number; days: number };

/** Average speed in knots implied by a distance covered in a number of days (door to door). */
export function impliedKnots(input: ImpliedSpeedInput): number {
  const nm = 'nm' in input ? input.nm : kmToNm(input.km);
  requireFinite('distance', nm, 0, true);
  requireFinite('days', input.days, 0, false);
  return nm / (input.days * 24);
}

/**
 * Port calls a route makes: one per leg (each stop on the way, and the destination); a plain
 * route makes one. The port and canal allowance is counted per call (issue #30).
 */
export function portCalls(route: { readonly legs?: readonly unknown[] }): number {
  return Math.max(1, route.legs?.length ?? 1);
}
