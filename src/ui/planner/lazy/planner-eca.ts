/**
 * Emission Control Areas in the planner (issue #32): the km of the planned route inside each
 * area (lib/eca `measureEcaKm` against geo/eca-extents.geojson, fetched the first time the
 * planner opens: 24 KB, never in the opening view), and the fuel switch they force in the cost
 * figures (lib/costs `ecaCostForState`: gas oil inside with its own price and carbon factor,
 * unless a scrubber is fitted, `scrub=1`).
 */
import extentsUrl from '../../../../geo/eca-extents.geojson?url';
import { fetchJson } from '../../../io/fetch-json';
import type { EcaCost } from '../../../lib/costs/eca-switch';
import { measureEcaKm, parseEcaExtents, type EcaShape } from '../../../lib/eca';
import type { RouteEcaKm } from '../../../lib/eca/measure';
import type { LonLat } from '../../../lib/routing';
import { fuelParts, oneFuelNote, switchRule } from '../../assumptions';
import { h } from '../../frame/dom';
import { fmt } from '../../frame/i18n';
import { pt } from './words';

let loading: Promise<boolean> | null = null;
/** The ECAs' extents once loaded. */
let shapes: readonly EcaShape[] | null = null;

/**
 * Fetches the ECAs' extents once; resolves true once they are loaded, false when they could not
 * be (the figures then say the ECAs are not measured, and the next call fetches again).
 */
export function loadEcaShapes(): Promise<boolean> {
  loading ??= fetchJson(new URL(extentsUrl, document.baseURI).href).then((fetched) => {
    try {
      if ('body' in fetched) {
        shapes = parseEcaExtents(fetched.body);
        return true;
      }
    } catch {
      // A damaged file: as unavailable.
    }
    loading = null;
    return false;
  });
  return loading;
}

/** Starts fetching the ECAs' extents unless loaded or on the way; `onLoaded` once they are. */
export function ensureEcaShapes(onLoaded: () => void): void {
  if (shapes || loading) return;
  void loadEcaShapes().then((loaded) => loaded && onLoaded());
}

const measured = new WeakMap<readonly LonLat[], RouteEcaKm>();

/** A route's km inside each ECA (measured once per route), or null before the ECAs are loaded. */
export function routeEca(coordinates: readonly LonLat[]): RouteEcaKm | null {
  if (!shapes) return null;
  let eca = measured.get(coordinates);
  if (!eca) {
    eca = measureEcaKm(coordinates, shapes);
    measured.set(coordinates, eca);
  }
  return eca;
}

/** A route with the km the cost model's fuel switch needs (none before the ECAs are loaded). */
export function withEcaKm<R extends { km: number; coordinates: readonly LonLat[] }>(
  route: R,
): R & { ecaKm?: number } {
  const eca = routeEca(route.coordinates);
  // Both lengths are the same geodesic sum; keep rounding from passing the route's length.
  return eca ? { ...route, ecaKm: Math.min(eca.ecaKm, route.km) } : route;
}

/** An area's name in the reader's language. */
const areaName = (id: string) => pt('eca.area', { id: id.replace(/-/g, '_') });

/** "2,345 km (16 % of the route): Mediterranean 1,200 km, North Sea 1,145 km", or none. */
export function ecaLine(eca: RouteEcaKm | null): string {
  if (!eca) return pt('eca.unavailable');
  if (eca.areas.length === 0) return pt('eca.none');
  return pt('eca.inside', {
    km: fmt.km(eca.ecaKm),
    share: fmt.pct(eca.share * 100, { signed: false }),
    areas: eca.areas
      .map((a) => pt('eca.areaKm', { area: areaName(a.id), km: fmt.km(a.km) }))
      .join(', '),
  });
}

/** The two fuels of a voyage that switches inside ECAs, or why it does not. */
export function fuelSplit(cost: EcaCost): HTMLElement[] {
  const parts = fuelParts(cost, 'planner-fuel');
  if (parts) return [h('p', { class: 'planner-hint' }, switchRule()), parts];
  const note = oneFuelNote(cost);
  return note ? [h('p', { class: 'planner-hint', 'data-testid': 'planner-fuel-one' }, note)] : [];
}
