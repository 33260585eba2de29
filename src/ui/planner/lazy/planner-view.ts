/**
 * The planner's view, "Plan a route" (issue #7): any two ports or points at sea, passages
 * avoided or opened, the route drawn with its length, passages and days beside the corridor. The
 * state lives in the URL (`from`, `to`, `avoid`, `open`); the session (lib/planner/session.ts)
 * decides what to compute and show, and this module renders it. Routing runs in a worker
 * (src/route-worker/client.ts, through ctx.loadRouteService) that loads the network the first time the panel opens.
 */
import './planner-panel.css';
import {
  plannedRouteFeature,
  plannerRequest,
  pointPlace,
  queryFor,
} from '../../../lib/planner/plan';
import {
  initialSession,
  next,
  type PlannerEvent,
  type PlannerSession,
} from '../../../lib/planner/session';
import { costChoicesChanged } from '../../../lib/costs/for-state';
import { pinLabel } from '../../../lib/planner/pins';
import type { Scenario } from '../../../lib/planner/scenarios';
import { PLANNED_ROUTE_ID } from '../../../lib/style';
import type { PlannerPatch } from '../../../lib/url/planner';
import type { Place } from '../../../lib/url/state';
import type { RouteService, StartRouteService } from '../../../state/route-service';
import type { AppState } from '../../../state/app-state';
import type { AppContext } from '../../../state/context';
import { h, replaceChildren } from '../../frame/dom';
import { PIN_WORDS, placeText, pt } from './words';

export { loadPlannerWords, pt } from './words';
import { scenarioButtons } from './planner-controls';
import { plannerInputs } from './planner-inputs';
import { PlannerMap } from './planner-map';
import { boundedMark, ROUTE_DRAWN_MARK, ROUTE_SHOWN_MARK } from './perf-marks';
import { PinnedRoutes } from './planner-pins';
import { problemMessage, renderResult, statusLine } from './planner-result';
import { plannerAssumptions } from './planner-assumptions';
import type { Port } from '../../../lib/routing/ports';
import { checkLink, laterWorldPorts, unreachable, waitForPorts } from './world-ports';
import { requestChanged } from '../../../lib/planner/voyage-input';
import { ensureEcaShapes, routeEca } from './planner-eca';

/** Fills the planner tab (once, when the tab is first shown). */
export function mountPlanner(
  body: HTMLElement,
  ctx: AppContext,
  startRouteService: StartRouteService,
  /** The World Port Index, or null while it could not be fetched (the curated ports meanwhile). */
  world: readonly Port[] | null,
): void {
  let ports: readonly Port[] = world ?? ctx.data.ports;
  let client: RouteService | null = null;
  // The World Port Index, when the planner opened without it (its link names only curated
  // ports): asked for once the first route is drawn, or the reader turns to the ends.
  const worldPorts = laterWorldPorts(ctx, world, (arrived) => {
    ports = arrived;
    client?.setPorts(arrived);
    ends.setPorts(arrived);
    stops.setPorts(arrived);
    // A corrected link is planned as any change; else what waited for the catalogue is now.
    if (checkLink(ctx, arrived)) return;
    dispatch({ type: 'retry' });
    dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: false });
    pins.update(ctx.store.state.url);
  });
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
    'aria-label': pt('planner.result'),
    'data-testid': 'planner-result',
  });

  const label = (place: Place) => placeText(place, ports);
  /** The ECAs' extents come with the planner (again after a failure); figures and pins follow. */
  const ecasLoaded = () => {
    showResult();
    pins.update(ctx.store.state.url);
  };
  // A load that failed and later succeeds (back online, backoff) computes the routes again.
  const getClient = () =>
    (client ??= startRouteService(ports, () => {
      dispatch({ type: 'retry' });
      pins.update(ctx.store.state.url);
    }));

  /** The route's figures at the current speed and allowance. */
  const showResult = () => {
    const shown = session.shown;
    if (!shown) return replaceChildren(result);
    ensureEcaShapes(ecasLoaded);
    replaceChildren(
      result,
      ...renderResult({
        shown,
        url: ctx.store.state.url,
        corridorKm: ctx.data.routes.corridor.km,
        label,
        eca: routeEca(shown.route.coordinates),
      }),
      pinControl.element,
    );
    pinControl.sync();
  };

  const map = new PlannerMap(ctx, {
    onPick: (end, lngLat) => userChange({ [end]: pointPlace(lngLat) }),
    onPickEnd: (end) => ends.pickEnded(end),
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

  /** "Pin this route" for the route shown. */
  const pinControl = pins.pinControl(() => session.shown?.request ?? null);

  const assumptions = plannerAssumptions(ctx);

  /** Renders a new session: status, problem, figures and the drawn route. */
  const render = (before: PlannerSession) => {
    body.dataset.routeState = session.status;
    status.textContent = statusLine(session, label);
    const problem = session.problem;
    error.hidden = problem === null;
    if (problem) {
      const far = unreachable(ctx.store.state.url, ports);
      error.textContent = problemMessage(problem, session.shown !== null, far);
    }
    // Nothing (more) to draw first: the World Port Index may come now.
    if (session.status === 'empty' || session.status === 'error') worldPorts.ask();
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
      worldPorts.ask();
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
          label: pinLabel(shown.request, label, PIN_WORDS),
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
    const outcome = await getClient().route(queryFor(request));
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

  /** A scenario: its routes pinned, its last one shown, all of them framed. */
  const chooseScenario = (scenario: Scenario) => {
    framePins = true;
    const last = scenario.routes.at(-1)!;
    ctx.actions.setPlanner({ ...last, pins: scenario.routes });
  };

  const userChange = (patch: PlannerPatch) => {
    ctx.actions.setPlanner(patch);
    dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: true });
  };

  const inputs = plannerInputs(ctx, { ports, map: () => map, label, onChange: userChange });
  const { ends, toggles, stops, ship, sync: syncInputs } = inputs;
  for (const inputs of [ends.element, stops.element])
    inputs.addEventListener('focusin', () => worldPorts.ask());

  const onChange = (state: AppState, previous: AppState) => {
    const a = state.url;
    const b = previous.url;
    // An edited link or Back with a port the catalogue lacks: checked first (after this change
    // is told to every listener), then planned.
    const ends = a.from !== b.from || a.to !== b.to || a.via !== b.via || a.pins !== b.pins;
    if (ends && waitForPorts(ctx, ports, worldPorts)) return;
    if (a.pins !== b.pins) {
      pins.update(a);
      drawRoutes();
      pinControl.sync();
    } else if (costChoicesChanged(a, b)) pins.update(a);
    // Every key of the request: a link or Back that changes only a stop or the month recomputes.
    if (requestChanged(a, b)) {
      syncInputs();
      // A change made here was dispatched by userChange; this one came from a link or Back.
      dispatch({ type: 'request', request: plannerRequest(a), byUser: false });
    } else if (costChoicesChanged(a, b)) showResult();
    if (costChoicesChanged(a, b)) {
      assumptions.update();
    }
  };

  body.append(
    h('h2', {}, pt('planner.title')),
    h('p', { class: 'planner-intro' }, pt('planner.intro')),
    ends.element,
    ends.pickHint,
    h('h3', {}, pt('stops.title')),
    stops.element,
    status,
    error,
    result,
    pins.element,
    h('h3', {}, pt('planner.passages')),
    ship.element,
    toggles.root,
    h('h3', {}, pt('planner.compare')),
    h('p', { class: 'planner-hint' }, pt('planner.compareHint')),
    scenarioButtons(chooseScenario),
    ...assumptions.elements,
    h('p', { class: 'planner-hint' }, pt('planner.method')),
  );
  syncInputs();
  pins.update(ctx.store.state.url);
  ctx.store.subscribe(onChange);
  if (world) checkLink(ctx, world);
  ensureEcaShapes(ecasLoaded);
  dispatch({ type: 'request', request: plannerRequest(ctx.store.state.url), byUser: false });
}
