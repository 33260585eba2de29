/**
 * Routes pinned in the planner, side by side (issue #17): up to three, kept in the URL (`pins=`),
 * computed by the routing client (never superseded by the planner's own route), drawn in three
 * colour-blind-safe colours with their numbers, and compared in a table of length, passages,
 * days, fuel, CO₂ and cost at the reader's voyage assumptions.
 */
import type { Feature, LineString } from 'geojson';
import { costForState, priceInUse } from '../../../lib/costs/for-state';
import type { RuntimeRoute } from '../../../lib/map-data';
import {
  plannedRouteFeature,
  plannerRequest,
  shownKm,
  type PlannerRequest,
} from '../../../lib/planner/plan';
import { pin, pinKey, pinLabel, pinRefusal, unpin } from '../../../lib/planner/pins';
import { kmToNm } from '../../../lib/routing/geometry';
import type { LonLat } from '../../../lib/routing/ports';
import type { SeaRoute } from '../../../lib/routing/route';
import { PIN_COLOURS, pinRouteId } from '../../../lib/style';
import type { PinnedRoute, Place, UrlState } from '../../../lib/url/state';
import { queryFor } from '../../../lib/planner/plan';
import type { RouteService } from '../../../state/route-service';
import type { AppContext } from '../../../state/context';
import { h, replaceChildren } from '../../frame/dom';
import { problemMessage, unavailableReason } from './planner-result';
import { fmt } from '../../frame/i18n';
import { passageName } from '../../routes';
import { routeEca, withEcaKm } from './planner-eca';
import { PIN_WORDS, prich, pt } from './words';

type PinResult =
  | { status: 'computing' }
  | { status: 'done'; route: SeaRoute; feature: Feature<LineString> }
  | { status: 'failed'; message: string };

export interface PinsHooks {
  /** The routing client (created on first use). */
  client(): RouteService;
  label(place: Place): string;
  /** A pin's route was computed or failed: redraw the map. */
  onResult(): void;
}

/** A pin's colour swatch with its number, as on the map. */
export function pinSwatch(index: number): HTMLElement {
  return h(
    'span',
    { class: 'pin-swatch', 'aria-hidden': 'true', style: `--pin-colour: ${PIN_COLOURS[index]!}` },
    String(index + 1),
  );
}

/** The pinned routes' section and what the map draws for them. */
export class PinnedRoutes {
  readonly element: HTMLElement;
  private readonly body = h('div', { class: 'pins-body' });
  /** Results by pin key; kept while the page is open (a pin removed and added again is instant). */
  private readonly results = new Map<string, PinResult>();
  private shown: UrlState | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly hooks: PinsHooks,
  ) {
    this.element = h(
      'section',
      {
        class: 'planner-pins',
        'aria-labelledby': 'planner-pins-heading',
        'data-testid': 'planner-pins',
        hidden: true,
      },
      h('h3', { id: 'planner-pins-heading' }, pt('pins.title')),
      this.body,
    );
  }

  /**
   * "Pin this route": adds the route `shown()` returns to the comparison, or says why it cannot;
   * `sync` after the route shown or the pins change.
   */
  pinControl(shown: () => PlannerRequest | null): { element: HTMLElement; sync(): void } {
    const hint = h('span', { class: 'planner-hint', 'data-testid': 'pin-route-hint' });
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button planner-button planner-pin',
        'data-testid': 'pin-route',
        onclick: () => {
          const request = shown();
          const url = this.ctx.store.state.url;
          if (request) this.ctx.actions.setPlanner({ pins: pin(url, request).pins });
        },
      },
      pt('pins.pin'),
    );
    const sync = () => {
      const reason = pinRefusal(this.ctx.store.state.url, shown());
      button.disabled = reason !== null;
      hint.textContent = reason ? pt('pins.refused', { reason: reason.replace('-', '_') }) : '';
    };
    return { element: h('div', { class: 'planner-pin-row' }, button, hint), sync };
  }

  /** Computes the pins not yet computed and shows the table for the state. */
  update(url: UrlState): void {
    for (const pin of url.pins) {
      const key = pinKey(pin);
      const known = this.results.get(key);
      if (!known || known.status === 'failed') this.compute(key, pin);
    }
    this.shown = url;
    this.render(url);
  }

  /** The computed pins as the map draws them (ids pin-1…pin-3, in pin order). */
  routes(): RuntimeRoute[] {
    const url = this.shown;
    if (!url) return [];
    return url.pins.flatMap((pin, i) => {
      const result = this.results.get(pinKey(pin));
      return result?.status === 'done'
        ? [
            {
              id: pinRouteId(i),
              feature: result.feature,
              label: pinLabel(pin, this.hooks.label, PIN_WORDS),
            },
          ]
        : [];
    });
  }

  /** Every point of every computed pin (to frame them), or null while one is still computing. */
  coordinates(): LonLat[] | null {
    const url = this.shown;
    if (!url) return null;
    const results = url.pins.map((pin) => this.results.get(pinKey(pin)));
    if (results.some((r) => r?.status === 'computing')) return null;
    return results.flatMap((r) => (r?.status === 'done' ? r.route.coordinates : []));
  }

  private compute(key: string, pin: PinnedRoute): void {
    this.results.set(key, { status: 'computing' });
    const request = plannerRequest(pin)!;
    void this.hooks
      .client()
      .routeKept(queryFor(request))
      .then((outcome) => {
        let result: PinResult;
        if (outcome.status === 'failed')
          result = { status: 'failed', message: unavailableReason(outcome.message) };
        else if (!outcome.result.ok)
          result = {
            status: 'failed',
            message: problemMessage({ kind: 'route', error: outcome.result.error }, false),
          };
        else {
          const route = outcome.result.route;
          result = { status: 'done', route, feature: plannedRouteFeature(route, request) };
        }
        this.results.set(key, result);
        if (this.shown) this.render(this.shown);
        this.hooks.onResult();
      });
  }

  private render(url: UrlState): void {
    this.element.hidden = url.pins.length === 0;
    this.body.dataset.pinsReady = String(
      url.pins.every((pin) => this.results.get(pinKey(pin))?.status !== 'computing'),
    );
    if (url.pins.length === 0) return replaceChildren(this.body);
    const results = url.pins.map((pin) => this.results.get(pinKey(pin)));
    const costs = results.map((r) =>
      r?.status === 'done' ? costForState(withEcaKm(r.route), url) : null,
    );

    /** One row: a heading and a cell per pin (a dash where the route is not computed). */
    const row = (head: string, testid: string, value: (i: number) => string | null) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, head),
        ...url.pins.map((_, i) =>
          h('td', { 'data-testid': `pin-${i + 1}-${testid}` }, value(i) ?? '–'),
        ),
      );
    const route = (i: number) => {
      const r = results[i];
      return r?.status === 'done' ? r.route : null;
    };
    const cost = (i: number) => costs[i] ?? null;

    const heading = (pin: PinnedRoute, i: number) =>
      h(
        'th',
        { scope: 'col', 'data-testid': `pin-${i + 1}-title` },
        h(
          'span',
          { class: 'pin-heading' },
          pinSwatch(i),
          pinLabel(pin, this.hooks.label, PIN_WORDS),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button pin-remove',
            'data-testid': `pin-${i + 1}-remove`,
            'aria-label': pt('pins.unpinLabel', { n: i + 1 }),
            onclick: () =>
              this.ctx.actions.setPlanner({ pins: unpin(this.ctx.store.state.url, i).pins }),
          },
          pt('pins.unpin'),
        ),
      );

    const problems = results.flatMap((r, i) =>
      r?.status === 'failed'
        ? [
            h(
              'p',
              { class: 'planner-error', role: 'alert', 'data-testid': `pin-${i + 1}-error` },
              pt('pins.error', { n: i + 1, message: r.message }),
            ),
          ]
        : [],
    );
    const computing = results.some((r) => r?.status === 'computing');

    replaceChildren(
      this.body,
      h(
        'div',
        { class: 'pins-scroll' },
        h(
          'table',
          { class: 'pins-table', 'data-testid': 'pins-table' },
          h('caption', { class: 'visually-hidden' }, pt('pins.caption')),
          h('thead', {}, h('tr', {}, h('td', {}), ...url.pins.map(heading))),
          h(
            'tbody',
            {},
            row(pt('pins.km'), 'km', (i) => {
              const r = route(i);
              return r && fmt.number(shownKm(r));
            }),
            row(pt('pins.nm'), 'nm', (i) => {
              const r = route(i);
              return r && fmt.number(kmToNm(shownKm(r)));
            }),
            row(pt('pins.passes'), 'passages', (i) => {
              const r = route(i);
              return r && (r.passages.map(passageName).join(', ') || pt('pins.noPassage'));
            }),
            row(pt('eca.title'), 'eca', (i) => {
              const e = route(i) && routeEca(route(i)!.coordinates);
              return (
                e && pt('pins.eca', { km: fmt.number(e.ecaKm), share: fmt.number(e.share * 100) })
              );
            }),
            row(pt('pins.days', { speed: fmt.knots(url.speed) }), 'days', (i) => {
              const c = cost(i);
              return c && fmt.number(c.seaDays + c.allowanceDays, 1);
            }),
            row(pt('pins.fuel'), 'fuel', (i) => {
              const c = cost(i);
              return c && fmt.number(c.fuelT);
            }),
            row(pt('pins.co2'), 'co2', (i) => {
              const c = cost(i);
              return c && fmt.number(c.co2T);
            }),
            row(pt('pins.cost'), 'cost', (i) => {
              const c = cost(i);
              return c && fmt.number(c.costUsd);
            }),
          ),
        ),
      ),
      computing ? h('p', { class: 'planner-hint', role: 'status' }, pt('pins.computing')) : null,
      ...problems,
      h(
        'p',
        { class: 'planner-hint', 'data-testid': 'pins-note' },
        ...prich('pins.note', {
          allowance: fmt.days(url.allowance),
          price: fmt.usd(priceInUse(url), { decimals: 2 }),
          dues: fmt.usd(url.dues),
        }),
      ),
    );
  }
}
