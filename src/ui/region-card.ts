import type { AppContext } from '../app/context';

/** (Being built.) */
export function startRegionCard(_ctx: AppContext): void {}
