/**
 * How much a voyage may ask (issue #30), in a module of its own so that the URL codec can check
 * links without loading the router.
 */

/** At most this many stops between origin and destination. */
export const MAX_VIA = 8;

/** At most this many forced passages: every order and every leg is tried (3! orders per leg). */
export const MAX_THROUGH = 3;

/**
 * A ship's draft accepted from a link or the command line, metres: input validation only (it
 * catches 160 typed for 16.0), not a fact about ships; every sourced passage limit
 * (passage-limits.ts) lies inside it.
 */
export const DRAFT_RANGE_M = { min: 1, max: 30 } as const;
