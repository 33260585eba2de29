/**
 * The ship's draft and the month of the voyage (issue #30; `draft=` and `month=` in the link):
 * a passage whose published draft limit is below the draft, or whose season excludes the month
 * for a ship without ice class, is closed for the route (lib/routing/passage-limits.ts). Empty =
 * no check. No vessel profile carries a draft: none of their sources gives one (content/vessels.ts).
 */
import { LIMITS, type UrlState } from '../../../lib/url/state';
import { readDraft } from '../../../lib/planner/voyage-input';
import type { PlannerPatch } from '../../../lib/url/planner';
import { h } from '../../frame/dom';
import { fmt } from '../../frame/i18n';
import { pt } from './words';

/** A month's name in the reader's language (1 = January). */
export function monthText(month: number): string {
  return new Intl.DateTimeFormat(fmt.tag, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2021, month - 1, 1),
  );
}

export function shipControls(onChange: (patch: PlannerPatch) => void): {
  element: HTMLElement;
  sync(url: UrlState): void;
} {
  const draftProblem = h('p', {
    class: 'planner-error',
    id: 'planner-draft-problem',
    role: 'alert',
    'data-testid': 'planner-draft-problem',
    hidden: true,
  });
  const draft = h('input', {
    id: 'planner-draft',
    class: 'planner-input planner-number',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': 'planner-draft-problem planner-draft-hint',
    'data-testid': 'planner-draft',
    onchange: () => {
      const read = readDraft(draft.value);
      draftProblem.hidden = read.ok;
      draft.setAttribute('aria-invalid', String(!read.ok));
      if (!read.ok) {
        draftProblem.textContent = pt('ship.draftProblem', {
          problem: read.problem,
          min: LIMITS.draft.min,
          max: LIMITS.draft.max,
        });
        return;
      }
      onChange({ draft: read.value });
    },
  });
  const month = h(
    'select',
    {
      id: 'planner-month',
      class: 'planner-input',
      'data-testid': 'planner-month',
      onchange: () => onChange({ month: month.value === '' ? null : Number(month.value) }),
    },
    h('option', { value: '' }, pt('ship.noMonth')),
    ...Array.from({ length: 12 }, (_, i) =>
      h('option', { value: String(i + 1) }, monthText(i + 1)),
    ),
  );
  const element = h(
    'div',
    { class: 'planner-ship' },
    h(
      'div',
      { class: 'planner-field' },
      h('label', { for: draft.id, class: 'planner-label' }, pt('ship.draft')),
      draft,
    ),
    h(
      'div',
      { class: 'planner-field' },
      h('label', { for: month.id, class: 'planner-label' }, pt('ship.month')),
      month,
    ),
    draftProblem,
    h('p', { class: 'planner-hint', id: 'planner-draft-hint' }, pt('ship.hint')),
  );
  const sync = (url: UrlState) => {
    if (document.activeElement !== draft || draftProblem.hidden)
      draft.value = url.draft === null ? '' : String(url.draft);
    month.value = url.month === null ? '' : String(url.month);
  };
  return { element, sync };
}
