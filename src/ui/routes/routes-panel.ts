/**
 * The Routes panel: the corridor at a glance, the corridor beside the route it is compared
 * with, the speed and allowance controls, what each route costs in fuel, CO₂ and money
 * (costs/), the layer toggles, and the check of every published figure with its source and our
 * assumptions. All DOM: it works without WebGL.
 */
import './routes-panel.css';
import type { AppContext } from '../../state/context';
import { FIGURE_SOURCES } from '../../content/article';
import {
  checkArticleFigures,
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatNumber,
  KM_PER_NM,
} from '../../lib/analysis';
import type { AppState } from '../../state/app-state';
import { shownLayers } from '../../lib/url/navigation';
import type { UrlState } from '../../lib/url/state';
import { citeShort } from '../frame/citation';
import { renderFigureCheck, renderFigureSources } from './figure-check-table';
import { renderCosts } from '../assumptions';
import { h } from '../frame/dom';
import { swatch } from '../frame/swatch';
import { assumptionControls } from '../assumptions';
import { renderRegionList } from '../regions';
import {
  renderComparisonTable,
  renderHeadline,
  routeFacts,
  transitFor,
  type RouteFacts,
} from './route-comparison';

/** Check boxes for the two secondary routes, each with its length (and time for the variant). */
function layerToggles(
  ctx: AppContext,
  corridor: RouteFacts,
  comparison: RouteFacts,
  variant: RouteFacts,
) {
  const variantDays = h('span', {});
  const items = (['comparison', 'variant'] as const).map((id) => {
    const input = h('input', {
      type: 'checkbox',
      id: `routes-show-${id}`,
      'data-testid': `show-${id}`,
    });
    input.addEventListener('change', () => ctx.actions.toggleLayer(id, input.checked));
    const r = id === 'comparison' ? comparison : variant;
    const length = `${formatKm(r.route.km)} (${formatNm(r.route.nm)})`;
    const text =
      id === 'comparison'
        ? `Show the comparison route: ${r.from} → ${r.to} via ${r.via}, ${length}.`
        : `Show the route avoiding Malacca: ${r.from} → ${r.to} via the ${r.via}, ${length}, ${formatKm(r.route.km - corridor.route.km)} longer than the corridor; `;
    const label = h(
      'label',
      { for: input.id },
      swatch(id),
      text,
      id === 'variant' ? variantDays : null,
    );
    return { id, input, element: h('div', { class: 'toggle' }, input, label) };
  });
  const element = h(
    'div',
    { class: 'routes-layers' },
    h('h3', {}, 'On the map'),
    h(
      'p',
      { class: 'legend', 'data-testid': 'routes-legend' },
      h('span', {}, swatch('corridor'), 'Corridor (solid)'),
      h('span', {}, swatch('comparison'), 'Comparison (dashed)'),
      h('span', {}, swatch('variant'), 'Avoiding Malacca (dotted)'),
    ),
    ...items.map((t) => t.element),
  );
  const update = (url: UrlState) => {
    const shown = shownLayers(url);
    for (const t of items) t.input.checked = shown.includes(t.id);
    variantDays.textContent = `${formatDays(transitFor(variant.route, url).totalDays)} at ${formatKnots(url.speed)}.`;
  };
  return { element, update };
}

/** One line per modelling assumption. */
function assumptions(corridor: RouteFacts): HTMLElement {
  const lines = [
    'Speed is constant at sea: sea days = nautical miles ÷ (knots × 24).',
    'The allowance is added once per voyage, for port calls and canal transits.',
    `Lengths: ${corridor.route.method}`,
    'Great circle: Turf’s haversine distance between the two ports on a 6,371 km sphere.',
    'Detour ratio = sea distance ÷ great-circle distance (1 would be a straight line).',
    `1 nautical mile = ${formatNumber(KM_PER_NM, 3)} km exactly.`,
    'The default 14 kn and 2 days are this atlas’s modelling choices, not sourced figures.',
    'Days saved compare voyages between different ports, as the published statements do.',
  ];
  return h(
    'ul',
    { class: 'assumptions', 'data-testid': 'assumptions' },
    ...lines.map((l) => h('li', {}, l)),
  );
}

/** Fills the Routes tab and keeps it in step with the speed, allowance and layers. */
export function renderRoutesPanel(body: HTMLElement, ctx: AppContext): void {
  const corridor = routeFacts(ctx, ctx.data.routes.corridor);
  const comparison = routeFacts(ctx, ctx.data.routes.comparison);
  const variant = routeFacts(ctx, ctx.data.routes.variant);
  const news18 = FIGURE_SOURCES.news18;
  const bs = FIGURE_SOURCES['business-standard'];

  const headline = renderHeadline(corridor, comparison);
  const table = renderComparisonTable(corridor, comparison);
  const layers = layerToggles(ctx, corridor, comparison, variant);
  const check = renderFigureCheck();
  const controls = assumptionControls(ctx, 'routes');
  const costs = renderCosts(ctx);

  body.append(
    headline.element,
    h(
      'p',
      { class: 'routes-why', 'data-testid': 'routes-why' },
      h('strong', {}, `Why ${comparison.from} → ${comparison.to}? `),
      'The article gives the time before the corridor (“from 40 days”) but does not name that route. ',
      `Reporting the minister's announcement that the corridor is operational, Business Standard (PTI, ${citeShort(bs)}; quoted below) set its 24 days against “more than 40” from India to Far East Russia via Europe, and gave Mumbai–St Petersburg as today's trade route. The two routes join different ports.`,
    ),
    controls.element,
    table.element,
    costs.figures,
    layers.element,
    renderRegionList(ctx),
    h('h3', {}, 'The published figures, checked'),
    h(
      'p',
      { class: 'check-intro' },
      `Each published figure beside the value computed here, at the speed and allowance above. Difference = (computed − published) ÷ published. Sources: the article (${citeShort(news18)}) and Business Standard's report (PTI, ${citeShort(bs)}).`,
    ),
    check.element,
    h('h3', {}, 'Sources'),
    renderFigureSources(),
    h('h3', {}, 'Assumptions'),
    assumptions(corridor),
  );

  let last: UrlState | null = null;
  const update = (state: AppState) => {
    costs.update(state);
    const url = state.url;
    controls.update(url);
    const same =
      last?.speed === url.speed &&
      last.allowance === url.allowance &&
      shownLayers(last).join() === shownLayers(url).join();
    if (same) return;
    last = url;
    headline.update(url);
    table.update(url);
    layers.update(url);
    check.update(
      checkArticleFigures({
        corridorKm: corridor.route.km,
        variantKm: variant.route.km,
        comparisonKm: comparison.route.km,
        knots: url.speed,
        allowanceDays: url.allowance,
      }),
    );
  };
  ctx.store.subscribe((state) => update(state));
  update(ctx.store.state);
}
