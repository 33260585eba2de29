/**
 * When a failed load is tried again by itself (besides the user's next action and the browser
 * coming back online): 2 s, 4 s, 8 s… at most a minute apart, six times. The map's data files,
 * the planner's code and the sea network all follow it.
 */
export const RETRY_BACKOFF_MS: readonly number[] = [2_000, 4_000, 8_000, 16_000, 32_000, 60_000];
