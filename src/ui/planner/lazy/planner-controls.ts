/**
 * The planner's passage toggles (avoid / open / go through) and its one-click comparisons. A
 * passage both avoided and forced is a contradiction: avoid wins (lib/url/planner.ts), and the
 * panel says so in words rather than dropping the forced passage silently.
 */
import type { PlannerPatch } from '../../../lib/url/planner';
import { passageConflict, type PassageGroup } from '../../../lib/planner/voyage-input';
import type { AppContext } from '../../../state/context';
import { AVOIDABLE_PASSAGES, OPENABLE_PASSAGES } from '../../../lib/planner/plan';
import { SCENARIO_LIST, type Scenario } from '../../../lib/planner/scenarios';
import { selectKey } from '../../../lib/i18n/translator';
import { PASSAGES, type PassageId } from '../../../lib/routing/passages';
import { MAX_THROUGH } from '../../../lib/routing/voyage-limits';
import { passageName } from '../../routes';
import { pt } from './words';
import { h } from '../../frame/dom';

type Group = PassageGroup;

/** Every passage the panel lists, in its order: the avoidable ones, then those closed by default. */
const ALL_PASSAGES: readonly PassageId[] = [...AVOIDABLE_PASSAGES, ...OPENABLE_PASSAGES];

function toggle(
  ctx: AppContext,
  setPlanner: (patch: PlannerPatch) => void,
  group: Group,
  id: PassageId,
  report: (text: string) => void,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    id: `planner-${group}-${id}`,
    'data-testid': `${group}-${id}`,
    onchange: () => {
      const url = ctx.store.state.url;
      const conflict = passageConflict(url, group, id, input.checked);
      report(
        conflict
          ? pt('passages.conflict', { conflict, passage: passageName(id), max: MAX_THROUGH })
          : '',
      );
      if (conflict === 'avoided' || conflict === 'too-many') {
        input.checked = false;
        return;
      }
      const current = url[group];
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
  const conflict = h('p', {
    class: 'planner-hint planner-conflict',
    role: 'status',
    'data-testid': 'planner-passage-conflict',
  });
  const report = (text: string) => {
    conflict.textContent = text;
  };
  const avoid = AVOIDABLE_PASSAGES.map((id) => toggle(ctx, setPlanner, 'avoid', id, report));
  const open = OPENABLE_PASSAGES.map((id) => toggle(ctx, setPlanner, 'open', id, report));
  const through = ALL_PASSAGES.map((id) => toggle(ctx, setPlanner, 'through', id, report));
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
    h(
      'fieldset',
      {},
      h('legend', {}, pt('passages.through')),
      h('ul', { class: 'planner-checks' }, ...through),
      h('p', { class: 'planner-hint' }, pt('passages.throughHint', { max: MAX_THROUGH })),
    ),
    conflict,
  );
  const sync = () => {
    const url = ctx.store.state.url;
    for (const [group, ids] of [
      ['avoid', AVOIDABLE_PASSAGES],
      ['open', OPENABLE_PASSAGES],
      ['through', ALL_PASSAGES],
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
