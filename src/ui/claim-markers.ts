import type { AppContext } from '../app/context';

/** (Being built.) */
export function startClaimMarkers(_ctx: AppContext): void {}
