/** The rules the world port catalogue's approaches were built with (checked by the data test). */

/**
 * - toleranceKm: the first km from a harbour are not checked against land. 5 km is about the
 *   95th percentile of the distance from the WPI's open-roadstead ports (anchorages on an open
 *   coast) to Natural Earth 1:50m sea, which the build prints: 1:50m generalises the coast by a
 *   few km, and the WPI gives most positions to the minute (1.85 km).
 * - maxKm: no approach is longer (the router's default snap limit too).
 * - landPenalty: where the approach must cross land, a km on land costs this many km at sea, so
 *   it crosses as little as it can.
 */
export const APPROACH = { toleranceKm: 5, maxKm: 300, landPenalty: 10 } as const;
