/**
 * The planner over the World Port Index (issue #28): a link's port ids checked once the catalogue
 * has arrived (unknown ones dropped with a notice naming the nearest matches), a port described
 * with its country in the reader's language, and the ends that cannot be reached or whose approach
 * crosses land, for the figures.
 */
import { checkLinkPorts, linkPortIds } from '../../../lib/planner/link-ports';
import { createPortIndex } from '../../../lib/routing/port-index';
import type { Port } from '../../../lib/routing/ports';
import type { Place, UrlState } from '../../../lib/url/state';
import type { AppContext } from '../../../state/context';
import { fmt, locale, placeName } from '../../frame/i18n';
import { listOf } from '../../routes';
import { pt } from './words';

let regions: { locale: string; names: Intl.DisplayNames } | undefined;

/** A country's name in the reader's language (CLDR through Intl), or its ISO code. */
export function countryText(code: string): string {
  try {
    if (regions?.locale !== locale()) {
      regions = { locale: locale(), names: new Intl.DisplayNames([fmt.tag], { type: 'region' }) };
    }
    return regions.names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Santos (BRSSZ, Brazil)" in the reader's language. */
const describe = (p: Port) =>
  `${placeName('ports', p.id, p.name)} (${[p.locode, countryText(p.country)].filter(Boolean).join(', ')})`;

const idSets = new WeakMap<readonly Port[], ReadonlySet<string>>();
const indexes = new WeakMap<readonly Port[], ReturnType<typeof createPortIndex>>();

/** The catalogue's ids, as a set (built once per catalogue). */
function idsOf(ports: readonly Port[]): ReadonlySet<string> {
  let ids = idSets.get(ports);
  if (!ids) idSets.set(ports, (ids = new Set(ports.map((p) => p.id))));
  return ids;
}

/**
 * Makes the link's port ids canonical against the catalogue (`inmaa` → `chennai`) and drops the
 * ones no port has, each with a notice naming the nearest matches. Returns whether it changed the
 * link (then the planner hears of it as of any change of its ends).
 */
export function checkLink(ctx: AppContext, ports: readonly Port[]): boolean {
  // The lookup's index (tens of ms for the whole catalogue) only for a link that needs it.
  if (!needsCheck(ctx.store.state.url, ports)) return false;
  let index = indexes.get(ports);
  if (!index) indexes.set(ports, (index = createPortIndex(ports)));
  const { patch, dropped } = checkLinkPorts(ctx.store.state.url, idsOf(ports), index);
  if (!patch) return false;
  ctx.actions.correctPlanner(patch);
  for (const { id, nearest } of dropped) {
    ctx.notices.show(
      () =>
        pt('link.portDropped', {
          id,
          count: nearest.length,
          nearest: listOf(nearest.map(describe)),
        }),
      'warning',
    );
  }
  return true;
}

/**
 * The World Port Index for a planner that opened without it: `ask()` fetches it (once; later
 * calls do nothing), and `use` runs when it arrives, or arrives after a failed fetch (Retry).
 */
export function laterWorldPorts(
  ctx: AppContext,
  world: readonly Port[] | null,
  use: (ports: readonly Port[]) => void,
): { ask(): void } {
  let asked = world !== null;
  let taken = world;
  const take = (arrived: readonly Port[] | null) => {
    if (!arrived || arrived === taken || ctx.signal.aborted) return;
    taken = arrived;
    use(arrived);
  };
  ctx.signal.addEventListener('abort', ctx.worldPorts.onArrive(take));
  return {
    ask: () => {
      if (asked) return;
      asked = true;
      void ctx.worldPorts.load().then(take);
    },
  };
}

/**
 * Whether a change of the link (an edited link, Back) must wait before it is planned: it names a
 * port id the catalogue does not have. With the World Port Index, the link is checked once the
 * change under way has been told to every listener (from a store listener: no nested update);
 * with the curated ports only, the World Port Index is asked for, and the change waits for it.
 */
export function waitForPorts(
  ctx: AppContext,
  ports: readonly Port[],
  world: { ask(): void },
): boolean {
  if (!needsCheck(ctx.store.state.url, ports)) return false;
  if (ports === ctx.data.ports) world.ask();
  else queueMicrotask(() => checkLink(ctx, ports));
  return true;
}

/** Whether a link names a port id that is not the catalogue's own (to check before planning). */
function needsCheck(url: UrlState, ports: readonly Port[]): boolean {
  const known = idsOf(ports);
  return linkPortIds(url).some((id) => !known.has(id));
}

/** The first port of the link's ends and stops that no route reaches, by its name. */
export function unreachable(url: UrlState, ports: readonly Port[]) {
  const stops = url.via.map((id): Place => ({ kind: 'port', id }));
  for (const place of [url.from, url.to, ...stops]) {
    if (place?.kind !== 'port') continue;
    const port = ports.find((p) => p.id === place.id);
    if (port?.noRoute) return placeName('ports', port.id, port.name);
  }
  return null;
}
