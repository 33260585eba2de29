/**
 * The route CLI's port handling (issue #28), kept apart from scripts/route-cli.ts so other flags
 * can grow there: `--from`/`--to` as an id, a UN/LOCODE or a name (candidates or nearest matches
 * in words when that is not one port), `--find <text>` and `--list-ports`, and what the route's
 * JSON says about its ends (LOCODE, country, an approximate approach, a repeated LOCODE).
 */
import { searchPorts } from '../../src/lib/planner/port-search';
import { describePort } from '../../src/lib/routing/port-index';
import type { Port } from '../../src/lib/routing/ports';
import type { Endpoint, SeaRoute, SeaRouter } from '../../src/lib/routing/index';

/** A --from/--to value that is not one port: the message says which ports it could be. */
export class PortArgError extends Error {}

const COORDS = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * The one port a text names (id, UN/LOCODE, name or alias); otherwise a PortArgError that lists
 * the candidates of an ambiguous name or the nearest matches of an unknown one.
 */
export function portArg(value: string, router: SeaRouter, flag: string): Port {
  const found = router.resolvePort(value);
  if (found.kind === 'port') return found.port;
  const list = (ports: readonly Port[]) =>
    ports
      .slice(0, 8)
      .map((p) => `${p.id} = ${describePort(p)}`)
      .join('; ');
  if (found.kind === 'ambiguous') {
    throw new PortArgError(
      `${flag} "${value}" names ${found.candidates.length} ports: ${list(found.candidates)}; give an id or a UN/LOCODE`,
    );
  }
  throw new PortArgError(
    `${flag}: no port "${value}"` +
      (found.nearest.length ? `; nearest matches: ${list(found.nearest)}` : ''),
  );
}

/**
 * "lon,lat" as a position; anything else must name exactly one port (the text is passed on, so
 * the router can say how a repeated LOCODE was resolved).
 */
export function portEndpoint(value: string, router: SeaRouter, flag: string): Endpoint {
  const m = COORDS.exec(value);
  if (m) return [Number(m[1]), Number(m[2])];
  portArg(value, router, flag);
  return value;
}

/** One port as the CLI lists it. */
function portJson(p: Port) {
  return {
    id: p.id,
    name: p.name,
    country: p.country,
    locode: p.locode ?? null,
    size: p.size ?? null,
    ...(p.approachLandKm ? { approachLandKm: p.approachLandKm } : {}),
    ...(p.noRoute ? { noRoute: p.noRoute } : {}),
  };
}

/**
 * `--find <text>` (matches, best first, as the planner ranks them) or `--list-ports` (the whole
 * catalogue); null when argv is neither.
 */
export function portCommand(
  argv: readonly string[],
  router: () => SeaRouter,
): { out: string } | { usage: string } | null {
  if (argv.includes('--list-ports')) {
    if (argv.length > 1) return { usage: '--list-ports takes no other arguments' };
    return { out: JSON.stringify(router().ports.map(portJson), null, 1) };
  }
  if (argv[0] === '--find' || argv.includes('--find')) {
    if (argv.length !== 2 || argv[0] !== '--find' || !argv[1]?.trim()) {
      return { usage: '--find takes one text and no other arguments' };
    }
    const matches = searchPorts(router().ports, argv[1], 20);
    return {
      out: JSON.stringify(
        matches.map((m) => portJson(m.port)),
        null,
        1,
      ),
    };
  }
  return null;
}

/** What the route's JSON says about one end: the port, and where its approach is approximate. */
function endJson(end: SeaRoute['origin'], router: SeaRouter) {
  const port = end.port && router.getPort(end.port.id);
  if (!port) return { coordinates: end.coordinates };
  return {
    id: port.id,
    name: port.name,
    country: port.country,
    locode: port.locode ?? null,
    ...(end.approachLandKm
      ? {
          approximate: {
            approachLandKm: end.approachLandKm,
            why: 'No water path to the sea lanes at Natural Earth 1:50m: this many km of the approach cross land (a river or lake 1:50m draws as land), so the length is approximate.',
          },
        }
      : {}),
    ...(end.note ? { note: end.note } : {}),
  };
}

/** The `ports` block of the route JSON. */
export function routePortsJson(route: SeaRoute, router: SeaRouter) {
  return { origin: endJson(route.origin, router), destination: endJson(route.destination, router) };
}
