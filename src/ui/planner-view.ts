/**
 * The planner's view, "Plan a route" (issue #7): any two ports or points at sea, passages avoided or opened, the
 * route drawn with its length, passages and days beside the corridor. The state lives in the URL
 * (`from`, `to`, `avoid`, `open`); this panel only reads it and computes. Routing runs in a
 * worker (src/planner/client.ts) that loads the network the first time the panel opens.
 */
import './planner-panel.css';
import type { AppContext, PlannerPatch } from '../app/context';
import type { AppState } from '../lib/map-data';
import {
  compareWithCorridor,
  endpointOf,
  placeLabel,
  plannedRouteFeature,
  plannerRequest,
  pointPlace,
  requestKey,
  type PlannerRequest,
} from '../lib/planner/plan';
import { round1 } from '../lib/routing/geometry';
import type { SeaRoute } from '../lib/routing/route';
import type { Place } from '../lib/url/state';
import { createPlannerClient, type PlannerClient } from '../planner/client';
import { h, replaceChildren } from './dom';
import { PortCombobox } from './planner-combobox';
import { passageToggles, presetButtons } from './planner-controls';
import { PlannerMap, ROUTE_DRAWN_MARK, type End } from './planner-map';
import { errorMessage, renderResult } from './planner-result';

/** Mark set when a route's numbers are shown (with or without a map). */
export const ROUTE_SHOWN_MARK = 'planner:route-shown';

type RouteState = 'empty' | 'loading' | 'computing' | 'shown' | 'error';

interface Shown {
  key: string;
  request: PlannerRequest;
  route: SeaRoute;
}

const END_NAMES: Record<End, string> = { from: 'origin', to: 'destination' };

/** Fills the planner tab (once, when the tab is first shown). */
export function mountPlanner(body: HTMLElement, ctx: AppContext): void {
  const ports = ctx.data.ports;
  let client: PlannerClient | null = null;
  let shown: Shown | null = null;
  let requested: string | null = null;
  // Frame the first route unless the link fixes the camera; then frame what the user asks for.
  let frameNext = ctx.store.state.url.camera === null;

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

  const setState = (state: RouteState, text: string) => {
    body.dataset.routeState = state;
    status.textContent = text;
  };
  const userChange = (patch: PlannerPatch) => {
    frameNext = true;
    ctx.actions.setPlanner(patch);
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

  const combo = (end: End, label: string, placeholder: string) =>
    new PortCombobox({
      id: end,
      label,
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

  const showResult = () => {
    if (!shown) return replaceChildren(result);
    const url = ctx.store.state.url;
    const fromLabel = placeLabel(shown.request.from, ports);
    replaceChildren(
      result,
      ...renderResult({
        route: shown.route,
        fromLabel,
        toLabel: placeLabel(shown.request.to, ports),
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

  const showError = (message: string) => {
    error.textContent = shown ? `${message} The previous route is still shown.` : message;
    error.hidden = false;
    setState('error', 'The route could not be computed.');
  };

  const recompute = async () => {
    const request = plannerRequest(ctx.store.state.url);
    if (!request) {
      requested = null;
      shown = null;
      error.hidden = true;
      showResult();
      map.draw(null, '', () => undefined);
      setState('empty', 'Choose an origin and a destination.');
      return;
    }
    const key = requestKey(request);
    if (key === requested) return;
    requested = key;
    const first = client === null;
    client ??= createPlannerClient(ports);
    setState(
      first ? 'loading' : 'computing',
      first ? 'Loading the sea-lane network…' : 'Computing the route…',
    );
    const outcome = await client.route({
      origin: endpointOf(request.from),
      destination: endpointOf(request.to),
      avoid: request.avoid,
      open: request.open,
    });
    // The URL may have moved on while the worker answered (Back, an edited link).
    if (outcome.status === 'superseded' || requested !== key) return;
    if (outcome.status === 'failed') {
      requested = null; // let a later change retry
      return showError(`The route could not be computed: ${outcome.message}.`);
    }
    if (!outcome.result.ok) return showError(errorMessage(outcome.result.error));
    const route = outcome.result.route;
    shown = { key, request, route };
    error.hidden = true;
    showResult();
    setState(
      'shown',
      `Route computed: ${placeLabel(request.from, ports)} → ${placeLabel(request.to, ports)}.`,
    );
    body.dataset.routeKey = key;
    // For the planner bench and for diagnosis: where and how long the last route took.
    body.dataset.routingMode = outcome.mode;
    body.dataset.computeMs = outcome.computeMs.toFixed(2);
    performance.mark(ROUTE_SHOWN_MARK, { detail: key });
    const frame = frameNext;
    frameNext = false;
    map.draw(plannedRouteFeature(route, request), placeLabel(request.from, ports), () => {
      if (shown?.key !== key) return;
      body.dataset.routeDrawn = key;
      performance.mark(ROUTE_DRAWN_MARK, { detail: key });
      // Framed once drawn: the route appears at once, then the camera moves to show all of it.
      if (frame) map.frame(route.coordinates);
    });
  };

  const syncInputs = () => {
    const url = ctx.store.state.url;
    const label = (p: Place | null) => (p ? placeLabel(p, ports) : '');
    from.setValue(label(url.from));
    to.setValue(label(url.to));
    toggles.sync();
  };

  const onChange = (state: AppState, previous: AppState) => {
    const a = state.url;
    const b = previous.url;
    if (a.from !== b.from || a.to !== b.to || a.avoid !== b.avoid || a.open !== b.open) {
      syncInputs();
      void recompute();
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
  void recompute();
}
