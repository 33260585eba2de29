/**
 * The planner's inputs, made together and set from the link together: the ends, the stops, the
 * ship (draft and month) and the passages' toggles (the scrubber is with the cost controls).
 */
import type { PlannerPatch } from '../../../lib/url/planner';
import type { Place } from '../../../lib/url/state';
import type { Port } from '../../../lib/routing/ports';
import type { AppContext } from '../../../state/context';
import { showPortCard } from '../../ports';
import { passageToggles } from './planner-controls';
import { plannerEnds } from './planner-ends';
import type { PlannerMap } from './planner-map';
import { shipControls } from './planner-ship';
import { plannerStops } from './planner-stops';

export function plannerInputs(
  ctx: AppContext,
  opts: {
    ports: readonly Port[];
    map: () => PlannerMap;
    label(place: Place): string;
    /** A change the reader made. */
    onChange(patch: PlannerPatch): void;
  },
) {
  const { ports, label, onChange } = opts;
  const ends = plannerEnds({
    ports,
    map: opts.map,
    label,
    current: () => ctx.store.state.url,
    onChange,
    ...(ctx.map
      ? { details: (id: string, button: HTMLElement) => showPortCard(ctx, id, button) }
      : {}),
  });
  const toggles = passageToggles(ctx, onChange);
  const stops = plannerStops({
    ports,
    name: (id) => label({ kind: 'port', id }),
    current: () => ctx.store.state.url.via,
    onChange: (via) => onChange({ via }),
  });
  const ship = shipControls(onChange);
  /** Sets every input from the link (after a link, Back or Forward). */
  const sync = () => {
    const url = ctx.store.state.url;
    ends.sync(url);
    stops.sync(url.via);
    ship.sync(url);
    toggles.sync();
  };
  return { ends, toggles, stops, ship, sync };
}
