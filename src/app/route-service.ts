/**
 * One route service for the page's life: the planner is built again when the language changes
 * (src/app/app.ts), and must not start a second worker and load the sea-lane network again.
 */
import type { Port } from '../lib/routing/ports';
import type { RouteService, StartRouteService } from '../state/route-service';

/** `ctx.loadRouteService` for every build of the panels: one worker, started on first use. */
export function sharedRouteService(): () => Promise<StartRouteService> {
  let service: RouteService | null = null;
  let recovered: (() => void) | undefined;
  return () =>
    import('../route-worker/client').then(({ startRouteService }) => {
      return (ports: readonly Port[], onRecovered?: () => void) => {
        // The latest planner hears of a recovery; the earlier ones are gone.
        recovered = onRecovered;
        if (service) service.setPorts(ports);
        else service = startRouteService(ports, () => recovered?.());
        return service;
      };
    });
}
