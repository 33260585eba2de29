/**
 * The planner's voyage assumptions (issue #17): the speed, allowance and cost controls it shares
 * with the Routes panel, the speed warning, and the cost model's formulas and sources.
 */
import { costForState } from '../../../lib/costs/for-state';
import type { AppContext } from '../../../state/context';
import { costAssumptions } from '../../assumptions';
import { speedNote } from '../../assumptions';
import { h, replaceChildren } from '../../frame/dom';
import { assumptionControls } from '../../assumptions';

/** The section's elements, and the step that shows the state in them. */
export function plannerAssumptions(ctx: AppContext): {
  elements: HTMLElement[];
  update(): void;
} {
  const controls = assumptionControls(ctx, 'planner');
  const speedWarning = h('p', {
    class: 'cost-warning',
    'data-testid': 'planner-speed-warning',
    hidden: true,
  });
  const assumptions = costAssumptions();
  const update = () => {
    const url = ctx.store.state.url;
    controls.update(url);
    assumptions.update(url);
    // The warning depends on the speed and vessel only: any route's cost carries it.
    const note = speedNote(costForState({ km: 1, passages: [] }, url), url);
    replaceChildren(speedWarning, ...(note ? [h('strong', {}, note[0]), note[1]] : []));
    speedWarning.hidden = note === null;
  };
  update();
  return { elements: [controls.element, speedWarning, assumptions.element], update };
}
