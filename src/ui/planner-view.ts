/**
 * The planner's view, "Plan a route" (issue #7): any two ports or points at sea, passages
 * avoided or opened, the route drawn with its length, passages and days beside the corridor. The
 * state lives in the URL (`from`, `to`, `avoid`, `open`); the session (lib/planner/session.ts)
 * decides what to compute and show, and this module renders it. Routing runs in a worker
 * (src/planner/client.ts) that loads the network the first time the panel opens.
 */
import './planner-panel.css';
import {
  compareWithCorridor,
  endpointOf,
  placeLabel,
  plannedRouteFeature,
  plannerRequest,
  pointPlace,
} from '../lib/planner/plan';
import {
  initialSession,
  next,
  type PlannerEvent,
  type PlannerSession,
} from '../lib/planner/session';
import { round1 } from '../lib/routing/geometry';
import type { PlannerPatch } from '../lib/url/planner';
import type { Place } from '../lib/url/state';
import { createPlannerClient, type PlannerClient } from '../planner/client';
import type { AppState } from '../state/app-state';
import type { AppContext } from '../state/context';
import { h, replaceChildren } from './dom';
import { PortCombobox } from './planner-combobox';
import { passageToggles, presetButtons } from './planner-controls';
import { PlannerMap, ROUTE_DRAWN_MARK, type End } from './planner-map';
import { problemMessage, renderResult, statusLine } from './planner-result';

/** Mark set when a route's numbers are shown (with or without a map). */
export const ROUTE_SHOWN_MARK = 'planner:route-shown';

/** Marks of each name kept: the planner bench reads the first two; the rest are dropped. */
const MARKS_KEPT = 8;

/**
 * Sets a performance mark and keeps only the latest MARKS_KEPT of its name (issue #14: one mark
 * per route made the timeline grow for as long as the page stayed open).
 */
function boundedMark(name: string, detail: string): void {
  performance.mark(name, { detail });
  const marks = performance.getEntriesByName(name, 'mark') as PerformanceMark[];
  if (marks.length < 2 * MARKS_KEPT) return;
  performance.clearMarks(name);
  for (const mark of marks.slice(-MARKS_KEPT)) {
    performance.mark(name, { startTime: mark.startTime, detail: mark.detail as unknown });
  }
}

const END_NAMES: Record<End, string> = { from: 'origin', to: 'destination' };

/** Fills the planner tab (once, when the tab is first shown). */
export function mountPlanner(body: HTMLElement, ctx: AppContext): void {
  const ports = ctx.data.ports;
  let client: PlannerClient | null = null;
  let session = initialSession(ctx.store.state.url.camera !== null);

  const status = h('p', {
    class: 'planner-status',
    role: 'status',
    'data-testid': 'planner-status',
  });
  const error = h('p', {
    class: 'planner-error',
    role: 'alert',
    'data-testid': 'planner-error',
    hidden: true,
  });
  const result = h('section', {
    class: 'planner-result',
    'aria-label': 'Planned route',
    'data-testid': 'planner-result',
  });
  const pickHint = h('p', {
    class: 'planner-pick-hint',
    role: 'status',
    'data-testid': 'planner-pick-hint',
    hidden: true,
  });

  const label = (place: Place) => placeLabel(place, ports);

  /** The route's figures at the current speed and allowance. */
  const showResult = () => {
    const shown = session.shown;
    if (!shown) return replaceChildren(result);
    const url = ctx.store.state.url;
    replaceChildren(
      result,
      ...renderResult({
        route: shown.route,
        fromLabel: label(shown.request.from),
        toLabel: label(shown.request.to),
        // Lengths to 0.1 km, as geo/routes.geojson publishes the corridor: the same route then
        // reads the same here and in the Routes panel (8,795.46 would read 8,795 here, 8,796 there).
        comparison: compareWithCorridor(
          { km: round1(shown.route.km) },
          ctx.data.routes.corridor.km,
          url.speed,
          url.allowance,
        ),
        knots: url.speed,
        allowanceDays: url.allowance,
        feature: plannedRouteFeature(shown.route, shown.request),
      }),
    );
  };

  const map = new PlannerMap(ctx, {
    onPick: (end, lngLat) => userChange({ [end]: pointPlace(lngLat) }),
    onPickEnd: (end) => {
      pickHint.hidden = true;
      const button = pickButtons[end];
      button.setAttribute('aria-pressed', 'false');
      button.focus();
    },
  });

  /** Renders a new session: status, problem, figures and the drawn route. */
  const render = (before: PlannerSession) => {
    body.dataset.routeState = session.status;
    status.textContent = statusLine(session, label);
    const problem = session.problem;
    error.hidden = problem === null;
    if (problem) error.textContent = problemMessage(problem, session.shown !== null);
    if (session.shown === before.shown) return;
    showResult();
    const shown = session.shown;
    if (!shown) {
      map.draw(null, '', () => undefined);
      return;
    }
    body.dataset.routeKey = shown.key;
    boundedMark(ROUTE_SHOWN_MARK, shown.key);
    map.draw(plannedRouteFeature(shown.route, shown.request), label(shown.request.from), () => {
      if (session.shown?.key !== shown.key) return;
      body.dataset.routeDrawn = shown.key;
      boundedMark(ROUTE_DRAWN_MARK, shown.key);
    });
  };

  const dispatch = (event: PlannerEvent) => {
    const before = session;
    const step = next(session, event);
    session = step.session;
    render(before);
    for (const effect of step.effects) {
      if (effect.type === 'compute') void compute(effect.key, effect.request);
      // Framed once drawn: the route appears at once, then the camera moves to show all of it.
      else map.frameWhenDrawn(effect.coordinates);
    }
  };

  const compute = async (key: string, request: NonNullable<PlannerSession['wanted']>) => {
    // A load that failed and later succeeds (back online, backoff) computes the route again.
    client ??= createPlannerClient(ports, () => dispatch({ type: 'retry' }));
    const outcome = await client.route({
      origin: endpointOf(request.from),
      destination: endpointOf(request.to),
      avoid: request.avoid,
      open: request.open,
    });
    if (outcome.status === 'superseded') return;
    if (outcome.status === 'failed') {
      dispatch({ type: 'unavailable', key, message: outcome.message });
      return;
    }
    // For the planner bench and for diagnosis: where and how long the last route took.
    body.dataset.routingMode = outcome.mode;
    body.dataset.computeMs = outcome.computeMs.toFixed(2);
    dispatch({ type: 'answer', key, result: outcome.result });
  };

  const userChange = (patch: PlannerPatch) => {
    ctx.actions.setPlanner(patch);
    dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: true });
  };

  const combo = (end: End, text: string, placeholder: string) =>
    new PortCombobox({
      id: end,
      label: text,
      placeholder,
      ports,
      onChoose: (port) => userChange({ [end]: { kind: 'port', id: port.id } }),
    });
  const from = combo('from', 'From', 'Port, e.g. Chennai or Madras');
  const to = combo('to', 'To', 'Port, e.g. Vladivostok');

  const pickButton = (end: End) =>
    h(
      'button',
      {
        type: 'button',
        class: 'planner-button planner-pick',
        'aria-pressed': 'false',
        'data-testid': `planner-pick-${end}`,
        hidden: !map.available,
        onclick: () => {
          if (map.isPicking(end)) return map.stopPicking();
          map.startPicking(end);
          pickButtons[end].setAttribute('aria-pressed', 'true');
          pickHint.textContent = `Click the sea on the map to set the ${END_NAMES[end]}. Press Escape to cancel.`;
          pickHint.hidden = false;
        },
      },
      'Pick on map',
    );
  const pickButtons: Record<End, HTMLButtonElement> = {
    from: pickButton('from'),
    to: pickButton('to'),
  };
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'planner-button',
      'data-testid': 'planner-swap',
      onclick: () => {
        const url = ctx.store.state.url;
        userChange({ from: url.to, to: url.from });
      },
    },
    'Swap ⇅',
  );
  const toggles = passageToggles(ctx, userChange);

  const syncInputs = () => {
    const url = ctx.store.state.url;
    from.setValue(url.from ? label(url.from) : '');
    to.setValue(url.to ? label(url.to) : '');
    toggles.sync();
  };

  const onChange = (state: AppState, previous: AppState) => {
    const a = state.url;
    const b = previous.url;
    if (a.from !== b.from || a.to !== b.to || a.avoid !== b.avoid || a.open !== b.open) {
      syncInputs();
      // A change made here was dispatched by userChange; this one came from a link or Back.
      dispatch({ type: 'request', request: plannerRequest(a), byUser: false });
    } else if (a.speed !== b.speed || a.allowance !== b.allowance) showResult();
  };

  body.append(
    h('h2', {}, 'Plan a route'),
    h(
      'p',
      { class: 'planner-intro' },
      'Any two ports, or points at sea, with the straits and canals you choose closed or opened.',
    ),
    h(
      'div',
      { class: 'planner-ends' },
      h('div', { class: 'planner-end' }, from.root, pickButtons.from),
      h('div', { class: 'planner-end' }, to.root, pickButtons.to),
      swap,
    ),
    pickHint,
    status,
    error,
    result,
    h('h3', {}, 'Passages'),
    toggles.root,
    h('h3', {}, 'Compare in one click'),
    presetButtons((preset) =>
      userChange({ from: preset.from, to: preset.to, avoid: preset.avoid, open: preset.open }),
    ),
    h(
      'p',
      { class: 'planner-hint' },
      'Lengths follow Eurostat’s SeaRoute lanes (marnet 20 km); days assume a constant speed (set in the Routes panel) plus the port and canal allowance.',
    ),
  );
  syncInputs();
  ctx.store.subscribe(onChange);
  dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: false });
}
