/**
 * What a voyage adds to the planner's figures (issue #30): its legs (from, to, km, days,
 * passages) and the total, the passages its draft or month closed with the rule and its source,
 * what an allowed month cannot tell, and the ports whose maximum draft is below the ship's.
 * The reasons are written here in the reader's language from the catalogue's figures
 * (lib/routing/passage-limits.ts); the sources are cited as they were read.
 */
import { legFigures } from '../../../lib/planner/legs';
import type { PlannerRequest } from '../../../lib/planner/plan';
import { DRAFT_LIMITS, SEASONS, seasonCaution } from '../../../lib/routing/passage-limits';
import type { PassageId } from '../../../lib/routing/passages';
import type { ClosedPassage, Voyage } from '../../../lib/routing/route-types';
import type { Place } from '../../../lib/url/state';
import { h } from '../../frame/dom';
import { fmt } from '../../frame/i18n';
import { passageName } from '../../routes';
import { monthText } from './planner-ship';
import { metres, pt } from './words';

/** "15 November", or "July" for a period that starts on the 1st. */
function dayText(d: { month: number; day: number }, wholeMonth: boolean): string {
  if (wholeMonth && d.day === 1) return monthText(d.month);
  return new Intl.DateTimeFormat(fmt.tag, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(2021, d.month - 1, d.day));
}

/** A season's period in the reader's language, e.g. "July to 15 November". */
function seasonValues(id: PassageId) {
  const rule = SEASONS[id];
  if (!rule) return null;
  return { from: dayText(rule.from, true), to: dayText(rule.to, false), rules: rule.rules };
}

/** Why a passage is closed for this ship, in the reader's language. */
export function closedText(c: ClosedPassage, draftM: number | null, month: number | null): string {
  const season = seasonValues(c.id);
  if (c.by === 'season' && season && month !== null)
    return pt('closed.season', { passage: passageName(c.id), month: monthText(month), ...season });
  const limit = DRAFT_LIMITS[c.id];
  if (c.by === 'draft' && limit && draftM !== null)
    return pt('closed.draft', {
      id: c.id,
      passage: passageName(c.id),
      limit: metres(limit.metres),
      draft: metres(draftM),
    });
  // A closure the catalogue has no words for: the router's own sentence.
  return c.reason;
}

/** What a month allowed for a passage on the route still leaves to the reader. */
function cautionText(id: PassageId, month: number): string | null {
  const rule = SEASONS[id];
  const season = seasonValues(id);
  if (!rule || !season || seasonCaution(id, month) === null) return null;
  const partly =
    month === rule.to.month && rule.to.day < 28
      ? 'until'
      : month === rule.from.month && rule.from.day > 1
        ? 'from'
        : 'no';
  return pt('closed.caution', {
    passage: passageName(id),
    month: monthText(month),
    partly,
    date: dayText(partly === 'until' ? rule.to : rule.from, false),
    ...season,
  });
}

function legsTable(
  route: Voyage,
  request: PlannerRequest,
  knots: number,
  allowanceDays: number,
  label: (place: Place) => string,
  totalDays: number,
): HTMLElement {
  const legs = legFigures(route.legs, request, knots, allowanceDays);
  const cell = (text: string) => h('td', {}, text);
  return h(
    'table',
    { class: 'pins-table planner-legs', 'data-testid': 'planner-legs' },
    h('caption', {}, pt('legs.caption', { allowance: fmt.days(allowanceDays) })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['legs.from', 'legs.to', 'legs.km', 'legs.days', 'legs.passages'] as const).map((key) =>
          h('th', { scope: 'col' }, pt(key)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...legs.map((leg, i) =>
        h(
          'tr',
          { 'data-testid': `planner-leg-${i}` },
          cell(label(leg.from)),
          cell(label(leg.to)),
          cell(fmt.km(leg.km)),
          cell(fmt.days(leg.days)),
          cell(leg.passages.map(passageName).join(', ') || pt('result.none')),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        { 'data-testid': 'planner-legs-total' },
        h('th', { scope: 'row', colspan: 2 }, pt('legs.total', { count: legs.length })),
        cell(fmt.km(route.km)),
        cell(fmt.days(totalDays)),
        cell(route.passages.map(passageName).join(', ') || pt('result.none')),
      ),
    ),
  );
}

/** The voyage's legs and notes, below the route's figures (nothing for a plain route). */
export function voyageDetails(view: {
  route: Voyage;
  request: PlannerRequest;
  knots: number;
  allowanceDays: number;
  totalDays: number;
  label: (place: Place) => string;
}): HTMLElement[] {
  const { route, request } = view;
  const out: HTMLElement[] = [];
  if (route.legs.length > 1)
    out.push(legsTable(route, request, view.knots, view.allowanceDays, view.label, view.totalDays));
  if (route.closedBy.length > 0)
    out.push(
      h(
        'div',
        { class: 'planner-closed', 'data-testid': 'planner-closed' },
        h('h4', {}, pt('closed.title')),
        h(
          'ul',
          {},
          ...route.closedBy.map((c) =>
            h(
              'li',
              { 'data-testid': `planner-closed-${c.id}` },
              closedText(c, route.draftM, route.month),
              h('br'),
              h('small', {}, pt('closed.source', { source: c.source })),
            ),
          ),
        ),
      ),
    );
  const month = route.month;
  const cautions =
    month === null
      ? []
      : route.passages.flatMap((id) => {
          const text = cautionText(id, month);
          return text ? [text] : [];
        });
  for (const text of cautions)
    out.push(h('p', { class: 'planner-hint', 'data-testid': 'planner-caution' }, text));
  for (const flag of route.portDraftFlags)
    out.push(
      h(
        'p',
        { class: 'planner-hint', 'data-testid': 'planner-port-draft' },
        pt('closed.portDraft', {
          port: view.label({ kind: 'port', id: flag.port }),
          max: metres(flag.maxDraftM),
          draft: metres(route.draftM ?? 0),
        }),
      ),
    );
  return out;
}
