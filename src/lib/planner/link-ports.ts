/**
 * A link's ports checked against the World Port Index once it has arrived (issue #28). The URL
 * codec keeps any id shaped like a WPI id (lib/url/fields.ts `mayBePort`) because the catalogue
 * loads after the link is read; here each is made canonical (`inmaa` → `chennai`, `wpi-12970` →
 * `brssz`) or, when no port has it, dropped with the nearest matches to name in the notice.
 */
import type { PortIndex } from '../routing/port-index';
import type { Port } from '../routing/ports';
import type { PlannerPatch } from '../url/planner';
import type { PinnedRoute, Place, UrlState } from '../url/state';

export interface DroppedPort {
  /** The id as the link gave it. */
  id: string;
  /** Up to five ports it may have meant, larger harbours first (none when nothing is near). */
  nearest: readonly Port[];
}

export interface LinkPortCheck {
  /** The planner's ends, stops and pins with every port id canonical; null when none changes. */
  patch: PlannerPatch | null;
  dropped: DroppedPort[];
}

/** Every port id of the link's planner fields: ends, stops, and the pins' ends and stops. */
export function linkPortIds(url: Pick<UrlState, 'from' | 'to' | 'via' | 'pins'>): string[] {
  const places = [url.from, url.to, ...url.pins.flatMap((p) => [p.from, p.to])];
  return [
    ...places.flatMap((p) => (p?.kind === 'port' ? [p.id] : [])),
    ...url.via,
    ...url.pins.flatMap((p) => p.via ?? []),
  ];
}

/** Checks every port id of the link's planner fields against the catalogue's index. */
export function checkLinkPorts(
  url: Pick<UrlState, 'from' | 'to' | 'via' | 'pins'>,
  ids: ReadonlySet<string>,
  index: PortIndex,
): LinkPortCheck {
  const dropped = new Map<string, DroppedPort>();
  let changed = false;
  /** The canonical id, or null when no port has it. */
  const canonical = (id: string): string | null => {
    if (ids.has(id)) return id;
    changed = true;
    // Only the port's own LOCODE or WPI number stands for it in a link, never a name the index
    // would also accept ("santo" is not Santos, nor Luganville on Espiritu Santo).
    const found = index.resolve(id);
    const named = (p: Port) =>
      p.locode === id.toUpperCase() ||
      (p.wpi !== undefined && id === `wpi-${String(p.wpi).replace('.', '-')}`);
    if (found.kind === 'port' && named(found.port)) return found.port.id;
    const nearest =
      found.kind === 'port'
        ? [found.port]
        : found.kind === 'ambiguous'
          ? found.candidates.slice(0, 5)
          : found.nearest;
    if (!dropped.has(id)) dropped.set(id, { id, nearest });
    return null;
  };
  const place = (p: Place | null): Place | null => {
    if (p?.kind !== 'port') return p;
    const id = canonical(p.id);
    return id === null ? null : id === p.id ? p : { kind: 'port', id };
  };
  const stops = (via: readonly string[] | undefined) =>
    via?.map(canonical).filter((id): id is string => id !== null);
  const pins = url.pins.flatMap((pin): PinnedRoute[] => {
    const from = place(pin.from);
    const to = place(pin.to);
    if (!from || !to) return [];
    const via = stops(pin.via);
    return [{ ...pin, from, to, ...(via ? { via } : {}) }];
  });
  const patch: PlannerPatch = {
    from: place(url.from),
    to: place(url.to),
    via: stops(url.via) ?? [],
    pins,
  };
  return { patch: changed ? patch : null, dropped: [...dropped.values()] };
}
