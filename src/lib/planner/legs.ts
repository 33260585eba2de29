/**
 * A voyage's legs as the planner's figures show them (issue #30): each leg's ends, length, time
 * and passages, with the port-time allowance counted once per call (each leg ends in one), so
 * that the legs add up to the voyage's total.
 */
import { transitDays } from '../analysis/transit';
import { kmToNm } from '../routing/geometry';
import type { PassageId } from '../routing/passages';
import type { Place } from '../url/state';
import type { PlannerRequest } from './plan';
import { shownKm } from './plan';

export interface LegFigures {
  readonly from: Place;
  readonly to: Place;
  /** Length as shown (to 0.1 km). */
  readonly km: number;
  readonly seaDays: number;
  /** Days at sea plus one allowance (the call at the leg's end). */
  readonly days: number;
  readonly passages: readonly PassageId[];
}

/** The places a request calls at in order: origin, its stops, destination. */
export function callsOf(request: PlannerRequest): Place[] {
  return [request.from, ...request.via.map((id): Place => ({ kind: 'port', id })), request.to];
}

/**
 * Each leg's figures at `knots` with `allowanceDays` per port call. The legs pair with the
 * request's calls (the router computes one leg per pair, in order).
 */
export function legFigures(
  legs: readonly { km: number; passages: readonly PassageId[] }[],
  request: PlannerRequest,
  knots: number,
  allowanceDays: number,
): LegFigures[] {
  const calls = callsOf(request);
  return legs.map((leg, i) => {
    const t = transitDays({ nm: kmToNm(shownKm(leg)), knots, allowanceDays });
    return {
      from: calls[i]!,
      to: calls[i + 1]!,
      km: shownKm(leg),
      seaDays: t.seaDays,
      days: t.totalDays,
      passages: leg.passages,
    };
  });
}
