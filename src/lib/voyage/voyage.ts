/**
 * The animated voyage (issue #15): where a ship sailing a route is on a given day, under the
 * transit model of the Routes panel (src/lib/analysis/transit.ts): sea days = nm ÷ (knots × 24),
 * plus a lump allowance for port calls and canal transits.
 *
 * Modelling choices (the UI should state the first):
 * - **The allowance is spent in port, half at each end**: the ship waits allowance ÷ 2 days at the
 *   port of departure, sails without stopping at a constant speed, and spends the other half at
 *   the port of arrival. The model does not say where the allowance really goes (a canal
 *   transit, bunkering on the way); splitting it keeps the ship moving at the speed the panel
 *   shows.
 * - **Distance is measured as the route's `km` is**: WGS 84 geodesic lengths of the line's
 *   segments (`geodesicKm`, Vincenty), so at the end of the sea time the ship is exactly at the
 *   destination and `km` here is the km the panel and the stretches use.
 * - **Within a segment the ship moves along the great circle** between the two vertices, at the
 *   fraction of the segment's length it has sailed. Segments reach 660 km (ocean legs of the
 *   sea-lane network): on those, a straight line in longitude/latitude strays up to ~3 km from
 *   the great circle, beyond the 1 km the tests allow against Turf `along`. The drawn line (a
 *   straight segment in Web Mercator) is within a pixel of either at the atlas's zooms.
 * - **Days**: `day` is continuous time in days since the voyage began (0 = the ship is at the
 *   berth in the port of departure, the allowance's first half still to come). The counter
 *   names days as a calendar does, the first day being Day 1: "Day 1" covers days 0…1, "Day n"
 *   covers n − 1…n, and the instant of arrival belongs to the last day. At 14 kn with 2 days'
 *   allowance the corridor's Day 6 (days 5…6, 2,489–3,111 km sailed) begins in the Strait of
 *   Malacca: the issue's "Day 6 · Strait of Malacca".
 */
import { transitDays } from '../analysis/transit';
import { KM_PER_NM, kmToNm } from '../analysis/units';
import { geodesicKm } from '../routing/geodesic';
import type { LonLat } from '../routing/ports';
import { stretchAt, type Stretch } from './stretches';

const RAD = Math.PI / 180;

/** A polyline with the cumulative geodesic length at each vertex, for many position queries. */
export interface MeasuredLine {
  readonly coordinates: readonly LonLat[];
  /** `cumulative[i]`: km from the first vertex to vertex i (geodesic, as the route's km). */
  readonly cumulative: readonly number[];
  readonly totalKm: number;
}

/** Measures a line once: cumulative WGS 84 geodesic km at each vertex. */
export function measureLine(coordinates: readonly LonLat[]): MeasuredLine {
  if (coordinates.length === 0) throw new RangeError('measureLine: the line has no points');
  const cumulative = [0];
  for (let i = 1; i < coordinates.length; i++) {
    const [x0, y0] = coordinates[i - 1]!;
    const [x1, y1] = coordinates[i]!;
    cumulative.push(cumulative[i - 1]! + geodesicKm(x0, y0, x1, y1));
  }
  return { coordinates, cumulative, totalKm: cumulative[cumulative.length - 1]! };
}

/** The point a fraction f (0…1) of the way from a to b along the great circle (sphere). */
function greatCircle(a: LonLat, b: LonLat, f: number): LonLat {
  const [l1, p1] = [a[0] * RAD, a[1] * RAD];
  const [l2, p2] = [b[0] * RAD, b[1] * RAD];
  const h =
    Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2;
  const delta = 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  const linear = a[0] + f * (b[0] - a[0]);
  if (delta < 1e-12) return [linear, a[1] + f * (b[1] - a[1])];
  const wa = Math.sin((1 - f) * delta) / Math.sin(delta);
  const wb = Math.sin(f * delta) / Math.sin(delta);
  const x = wa * Math.cos(p1) * Math.cos(l1) + wb * Math.cos(p2) * Math.cos(l2);
  const y = wa * Math.cos(p1) * Math.sin(l1) + wb * Math.cos(p2) * Math.sin(l2);
  const z = wa * Math.sin(p1) + wb * Math.sin(p2);
  const lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
  const lng = Math.atan2(y, x) / RAD;
  // atan2 answers in −180…180; routes keep continuous longitudes (past 180 across the Pacific).
  return [lng + 360 * Math.round((linear - lng) / 360), lat];
}

/** The point `km` along a measured line (clamped to its ends), in the line's own longitudes. */
export function pointAtKm(line: MeasuredLine, km: number): LonLat {
  const { coordinates: c, cumulative } = line;
  if (!(km > 0)) return [c[0]![0], c[0]![1]];
  if (km >= line.totalKm) {
    const end = c[c.length - 1]!;
    return [end[0], end[1]];
  }
  // The last vertex whose cumulative length is ≤ km (binary search: frames query this often).
  let lo = 0;
  let hi = cumulative.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! <= km) lo = mid;
    else hi = mid;
  }
  const segment = cumulative[hi]! - cumulative[lo]!;
  const f = segment > 0 ? (km - cumulative[lo]!) / segment : 0;
  return greatCircle(c[lo]!, c[hi]!, f);
}

/** What a voyage is planned from: a route of geo/routes.geojson and the panel's settings. */
export interface VoyageInput {
  readonly coordinates: readonly LonLat[];
  /** The route's published length, km (geo/routes.geojson `km`). */
  readonly km: number;
  readonly stretches: readonly Stretch[];
  /** Speed at sea, knots (> 0). */
  readonly knots: number;
  /** Port and canal allowance, days (≥ 0); half is spent at each end. */
  readonly allowanceDays: number;
}

export interface VoyagePlan {
  readonly line: MeasuredLine;
  readonly km: number;
  readonly stretches: readonly Stretch[];
  readonly knots: number;
  readonly allowanceDays: number;
  /** Days under way: nm ÷ (knots × 24), as `transitDays` computes them. */
  readonly seaDays: number;
  /** Sea days plus the allowance: the Routes panel's transit time. */
  readonly totalDays: number;
  /** The day the ship casts off (allowance ÷ 2). */
  readonly departDay: number;
  /** The day the ship berths at the destination (departDay + seaDays). */
  readonly arriveDay: number;
}

/** Plans a voyage with the Routes panel's transit model; throws RangeError on invalid settings. */
export function voyagePlan(input: VoyageInput): VoyagePlan {
  const { seaDays, totalDays } = transitDays({
    nm: kmToNm(input.km),
    knots: input.knots,
    allowanceDays: input.allowanceDays,
  });
  const departDay = input.allowanceDays / 2;
  return {
    line: measureLine(input.coordinates),
    km: input.km,
    stretches: input.stretches,
    knots: input.knots,
    allowanceDays: input.allowanceDays,
    seaDays,
    totalDays,
    departDay,
    arriveDay: departDay + seaDays,
  };
}

/** In port before sailing, under way, or in port after arriving. */
export type VoyagePhase = 'departure' | 'sea' | 'arrival';

export interface VoyageState {
  /** Days since the voyage began, clamped to 0…totalDays. */
  readonly day: number;
  /** Km sailed: knots × 1.852 × 24 × days at sea. */
  readonly km: number;
  readonly lngLat: LonLat;
  readonly phase: VoyagePhase;
  /** The marine area the ship is in (Natural Earth name), or null in open water with no name. */
  readonly stretch: string | null;
  /** The ordinal day the counter shows: Day 1 is the first 24 hours. */
  readonly dayNumber: number;
}

/** Where the ship is `day` days after the voyage began (times outside the voyage are clamped). */
export function voyageAt(plan: VoyagePlan, day: number): VoyageState {
  const t = Math.min(plan.totalDays, Math.max(0, Number.isFinite(day) ? day : 0));
  const atSea = Math.min(plan.seaDays, Math.max(0, t - plan.departDay));
  const km = Math.min(plan.km, plan.knots * KM_PER_NM * 24 * atSea);
  const phase: VoyagePhase =
    t < plan.departDay ? 'departure' : t < plan.arriveDay ? 'sea' : 'arrival';
  // The line's measured length and the published km differ by rounding (< 0.05 km): the last
  // point of the sea time is the destination either way.
  const lineKm = phase === 'arrival' ? plan.line.totalKm : km;
  return {
    day: t,
    km,
    lngLat: pointAtKm(plan.line, lineKm),
    phase,
    stretch: stretchAt(plan.stretches, km).name,
    dayNumber: dayNumber(t, plan.totalDays),
  };
}

/** The ship's heading at a state, degrees clockwise from north (for drawing its bow). */
export function headingAt(plan: VoyagePlan, state: VoyageState): number {
  // The course over the next few km (the last few, at the end of the line).
  const ahead = Math.min(plan.line.totalKm, state.km + 20);
  const from = pointAtKm(plan.line, ahead - 20 < 0 ? 0 : ahead - 20);
  const to = pointAtKm(plan.line, ahead);
  const [x0, y0] = from;
  const [x1, y1] = to;
  const p0 = y0 * RAD;
  const p1 = y1 * RAD;
  const dl = (x1 - x0) * RAD;
  const y = Math.sin(dl) * Math.cos(p1);
  const x = Math.cos(p0) * Math.sin(p1) - Math.sin(p0) * Math.cos(p1) * Math.cos(dl);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** Day n covers n − 1 ≤ day < n; the end of the voyage belongs to its last day. */
function dayNumber(day: number, totalDays: number): number {
  return Math.max(1, Math.min(Math.floor(day) + 1, Math.ceil(totalDays)));
}

/** Names of the two ports, for the counter while the ship is in port. */
export interface VoyagePorts {
  readonly origin: string;
  readonly destination: string;
}

/**
 * The day counter's text: "Day 6 · Strait of Malacca"; "Day 1 · in port, Chennai" (or "in port"
 * without port names); "Day 12 · at sea" where Natural Earth names no area.
 */
export function voyageLabel(state: VoyageState, ports?: VoyagePorts): string {
  const port = state.phase === 'departure' ? ports?.origin : ports?.destination;
  const where =
    state.phase === 'sea' ? (state.stretch ?? 'at sea') : port ? `in port, ${port}` : 'in port';
  return `Day ${state.dayNumber} · ${where}`;
}
