/** The planner's passage toggles (avoid / open) and its one-click comparisons. */
import type { PlannerPatch } from '../../../lib/url/planner';
import type { AppContext } from '../../../state/context';
import { AVOIDABLE_PASSAGES, OPENABLE_PASSAGES } from '../../../lib/planner/plan';
import { SCENARIO_LIST, type Scenario } from '../../../lib/planner/scenarios';
import { selectKey } from '../../../lib/i18n/translator';
import { PASSAGES, type PassageId } from '../../../lib/routing/passages';
import { passageName } from '../../routes';
import { pt } from './words';
import { h } from '../../frame/dom';

type Group = 'avoid' | 'open';

function toggle(
  ctx: AppContext,
  setPlanner: (patch: PlannerPatch) => void,
  group: Group,
  id: PassageId,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    id: `planner-${group}-${id}`,
    'data-testid': `${group}-${id}`,
    onchange: () => {
      const current = ctx.store.state.url[group];
      const next = input.checked ? [...current, id] : current.filter((p) => p !== id);
      setPlanner({ [group]: next });
    },
  });
  const note = PASSAGES[id].note ? pt('passage.note', { passage: id }) : undefined;
  return h('li', {}, input, h('label', { for: input.id, title: note }, passageName(id)));
}

/** The two groups of checkboxes; returns the element and a function that syncs them to state. */
export function passageToggles(
  ctx: AppContext,
  setPlanner: (patch: PlannerPatch) => void,
): { root: HTMLElement; sync(): void } {
  const avoid = AVOIDABLE_PASSAGES.map((id) => toggle(ctx, setPlanner, 'avoid', id));
  const open = OPENABLE_PASSAGES.map((id) => toggle(ctx, setPlanner, 'open', id));
  const root = h(
    'div',
    { class: 'planner-passages' },
    h(
      'fieldset',
      {},
      h('legend', {}, pt('passages.avoid')),
      h('ul', { class: 'planner-checks' }, ...avoid),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, pt('passages.open')),
      h('ul', { class: 'planner-checks' }, ...open),
      h('p', { class: 'planner-hint' }, pt('passages.hint')),
    ),
  );
  const sync = () => {
    const url = ctx.store.state.url;
    for (const [group, ids] of [
      ['avoid', AVOIDABLE_PASSAGES],
      ['open', OPENABLE_PASSAGES],
    ] as const) {
      for (const id of ids) {
        const box = root.querySelector<HTMLInputElement>(`#planner-${group}-${id}`);
        if (box) box.checked = url[group].includes(id);
      }
    }
  };
  sync();
  return { root, sync };
}

/** The scenario buttons: each pins a comparison of routes. */
export function scenarioButtons(onChoose: (scenario: Scenario) => void): HTMLElement {
  return h(
    'ul',
    { class: 'planner-scenarios' },
    ...SCENARIO_LIST.map((scenario) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'planner-scenario',
            'data-testid': `planner-scenario-${scenario.id}`,
            onclick: () => onChoose(scenario),
          },
          h(
            'span',
            { class: 'planner-scenario-title' },
            pt('scenario.title', { id: selectKey(scenario.id) }),
          ),
          h(
            'span',
            { class: 'planner-scenario-description' },
            pt('scenario.description', { id: selectKey(scenario.id) }),
          ),
        ),
      ),
    ),
  );
}
