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
import { costChoicesChanged, costForState } from '../lib/costs/for-state';
import { cannotPin, pin, pinLabel } from '../lib/planner/pins';
import type { PlannerPreset } from '../lib/planner/planner-presets';
import { round1 } from '../lib/routing/geometry';
import { PLANNED_ROUTE_ID } from '../lib/style';
import type { PlannerPatch } from '../lib/url/planner';
import type { Place } from '../lib/url/state';
import { createPlannerClient, type PlannerClient } from '../planner/client';
import type { AppState } from '../state/app-state';
import type { AppContext } from '../state/context';
import { h, replaceChildren } from './dom';
import { PortCombobox } from './planner-combobox';
import { passageToggles, presetButtons } from './planner-controls';
import { costAssumptions } from './costs/cost-assumptions';
import { speedNote } from './costs/cost-figures';
import { PlannerMap, ROUTE_DRAWN_MARK, type End } from './planner-map';
import { PinnedRoutes } from './planner-pins';
import { problemMessage, renderResult, statusLine } from './planner-result';
import { voyageControls } from './voyage-controls';

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
  // A link with pins is framed on all its routes once they are computed (framePins below).
  let session = initialSession(
    ctx.store.state.url.camera !== null || ctx.store.state.url.pins.length > 0,
  );

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
  // A load that failed and later succeeds (back online, backoff) computes the routes again.
  const getClient = () =>
    (client ??= createPlannerClient(ports, () => {
      dispatch({ type: 'retry' });
      pins.update(ctx.store.state.url);
    }));

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
        cost: costForState(shown.route, url),
      }),
      pinButton,
    );
    syncPinButton();
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

  /**
   * Frames every pinned route, and the planned one, once all are computed: after a comparison
   * preset, and when a link with pins but no camera of its own opens.
   */
  let framePins = ctx.store.state.url.pins.length > 0 && ctx.store.state.url.camera === null;
  const pins = new PinnedRoutes(ctx, {
    client: getClient,
    label,
    onResult: () => {
      drawRoutes();
      maybeFramePins();
    },
  });
  /** Frames the pins and the planned route if due and all of them are computed. */
  const maybeFramePins = () => {
    const coordinates = framePins ? pins.coordinates() : null;
    if (!coordinates || session.status === 'loading' || session.status === 'computing') return;
    framePins = false;
    map.frameWhenDrawn([...coordinates, ...(session.shown?.route.coordinates ?? [])]);
  };

  /** "Pin this route": adds the route shown to the comparison, or says why it cannot. */
  const pinButton = h(
    'button',
    {
      type: 'button',
      class: 'planner-button planner-pin',
      'data-testid': 'pin-route',
      onclick: () => {
        const request = session.shown?.request;
        if (request) ctx.actions.setPlanner({ pins: pin(ctx.store.state.url, request).pins });
      },
    },
    'Pin this route for comparison',
  );
  const pinHint = h('span', { class: 'planner-hint', 'data-testid': 'pin-route-hint' });
  const syncPinButton = () => {
    const reason = cannotPin(ctx.store.state.url, session.shown?.request ?? null);
    pinButton.disabled = reason !== null;
    pinHint.textContent = reason ?? '';
    if (!pinHint.isConnected) pinButton.after(pinHint);
  };

  /** The voyage assumptions, the speed warning and the cost model's sources. */
  const controls = voyageControls(ctx, 'planner');
  const speedWarning = h('p', {
    class: 'cost-warning',
    'data-testid': 'planner-speed-warning',
    hidden: true,
  });
  const assumptions = costAssumptions();
  const showAssumptions = () => {
    const url = ctx.store.state.url;
    controls.update(url);
    assumptions.update(url);
    // The warning depends on the speed and vessel only: any route's cost carries it.
    const note = speedNote(costForState({ km: 1, passages: [] }, url), url);
    replaceChildren(speedWarning, ...(note ? [h('strong', {}, note[0]), note[1]] : []));
    speedWarning.hidden = note === null;
  };

  /** Renders a new session: status, problem, figures and the drawn route. */
  const render = (before: PlannerSession) => {
    body.dataset.routeState = session.status;
    status.textContent = statusLine(session, label);
    const problem = session.problem;
    error.hidden = problem === null;
    if (problem) error.textContent = problemMessage(problem, session.shown !== null);
    if (session.shown === before.shown) return maybeFramePins();
    showResult();
    const shown = session.shown;
    if (!shown) {
      drawRoutes();
      return maybeFramePins();
    }
    body.dataset.routeKey = shown.key;
    boundedMark(ROUTE_SHOWN_MARK, shown.key);
    drawRoutes(() => {
      if (session.shown?.key !== shown.key) return;
      body.dataset.routeDrawn = shown.key;
      boundedMark(ROUTE_DRAWN_MARK, shown.key);
    });
    maybeFramePins();
  };

  /** Draws the planned route and the computed pins; `onDrawn` once they are on screen. */
  const drawRoutes = (onDrawn?: () => void) => {
    const shown = session.shown;
    map.draw(
      shown && {
        route: {
          id: PLANNED_ROUTE_ID,
          feature: plannedRouteFeature(shown.route, shown.request),
          label: pinLabel(shown.request, label),
        },
        originLabel: label(shown.request.from),
      },
      pins.routes(),
      onDrawn,
    );
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
    const outcome = await getClient().route({
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

  /** A comparison preset: its routes pinned, its last one shown, all of them framed. */
  const choosePreset = (preset: PlannerPreset) => {
    framePins = true;
    const last = preset.routes.at(-1)!;
    ctx.actions.setPlanner({ ...last, pins: preset.routes });
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
    if (a.pins !== b.pins) {
      pins.update(a);
      drawRoutes();
      syncPinButton();
    } else if (costChoicesChanged(a, b)) pins.update(a);
    if (a.from !== b.from || a.to !== b.to || a.avoid !== b.avoid || a.open !== b.open) {
      syncInputs();
      // A change made here was dispatched by userChange; this one came from a link or Back.
      dispatch({ type: 'request', request: plannerRequest(a), byUser: false });
    } else if (costChoicesChanged(a, b)) showResult();
    if (costChoicesChanged(a, b)) showAssumptions();
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
    pins.element,
    h('h3', {}, 'Passages'),
    toggles.root,
    h('h3', {}, 'Compare in one click'),
    h(
      'p',
      { class: 'planner-hint' },
      'Each comparison pins its routes side by side; pin your own with “Pin this route”.',
    ),
    presetButtons(choosePreset),
    controls.element,
    speedWarning,
    assumptions.element,
    h(
      'p',
      { class: 'planner-hint' },
      'Lengths follow Eurostat’s SeaRoute lanes (marnet 20 km); days assume a constant speed plus the port and canal allowance, set above with the Routes panel’s.',
    ),
  );
  syncInputs();
  showAssumptions();
  pins.update(ctx.store.state.url);
  ctx.store.subscribe(onChange);
  dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: false });
}
