/**
 * The Routes panel: the corridor at a glance, the corridor beside the route it is compared
 * with, the speed and allowance controls, what each route costs in fuel, CO₂ and money
 * (costs/), the layer toggles, and the check of every published figure with its source and our
 * assumptions. All DOM: it works without WebGL.
 */
import './routes-panel.css';
import type { AppContext } from '../../state/context';
import { FIGURE_SOURCES } from '../../content/article';
import { checkArticleFigures, KM_PER_NM } from '../../lib/analysis';
import type { AppState } from '../../state/app-state';
import { shownLayers } from '../../lib/url/navigation';
import type { UrlState } from '../../lib/url/state';
import type { RouteInfo } from '../../lib/map-data';
import { citeShort } from '../frame/citation';
import { renderFigureCheck, renderFigureSources } from './figure-check-table';
import { renderCosts } from '../assumptions';
import { h } from '../frame/dom';
import { fmt, rich, t, tr } from '../frame/i18n';
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
    const values = {
      from: r.from,
      to: r.to,
      via: r.via,
      length: `${fmt.km(r.route.km)} (${fmt.nm(r.route.nm)})`,
      longer: fmt.km(r.route.km - corridor.route.km),
      days: variantDays,
    };
    const label = h(
      'label',
      { for: input.id },
      swatch(id),
      ...rich(id === 'comparison' ? 'routes.showComparison' : 'routes.showVariant', values),
    );
    return { id, input, element: h('div', { class: 'toggle' }, input, label) };
  });
  // Every port of the World Port Index (issue #28): fetched when first shown; its legend is the
  // dot beside the label, drawn as the map draws it.
  const world = h('input', {
    type: 'checkbox',
    id: 'routes-show-world-ports',
    'data-testid': 'show-world-ports',
  });
  world.addEventListener('change', () => ctx.actions.toggleLayer('world-ports', world.checked));
  const worldToggle = h(
    'div',
    { class: 'toggle' },
    world,
    h(
      'label',
      { for: world.id },
      h('span', { class: 'port-dot', 'aria-hidden': 'true' }),
      t('routes.worldPorts'),
    ),
  );
  // The Emission Control Areas (issue #32): off by default, their data fetched when first shown.
  const ecasInput = h('input', {
    type: 'checkbox',
    id: 'routes-show-ecas',
    'data-testid': 'show-ecas',
  });
  ecasInput.addEventListener('change', () => ctx.actions.toggleLayer('ecas', ecasInput.checked));
  const ecas = {
    input: ecasInput,
    element: h(
      'div',
      { class: 'toggle' },
      ecasInput,
      h(
        'label',
        { for: ecasInput.id },
        h('span', { class: 'swatch swatch-eca', 'aria-hidden': 'true' }),
        t('routes.showEcas'),
      ),
    ),
  };
  const element = h(
    'div',
    { class: 'routes-layers' },
    h('h3', {}, t('routes.onMap')),
    h(
      'p',
      { class: 'legend', 'data-testid': 'routes-legend' },
      h('span', {}, swatch('corridor'), t('routes.legend.corridor')),
      h('span', {}, swatch('comparison'), t('routes.legend.comparison')),
      h('span', {}, swatch('variant'), t('routes.legend.variant')),
    ),
    ...items.map((t) => t.element),
    worldToggle,
    ecas.element,
  );
  const update = (url: UrlState) => {
    const shown = shownLayers(url);
    for (const t of items) t.input.checked = shown.includes(t.id);
    world.checked = shown.includes('world-ports');
    ecas.input.checked = shown.includes('ecas');
    variantDays.textContent = t('routes.variantDays', {
      days: fmt.days(transitFor(variant.route, url).totalDays),
      speed: fmt.knots(url.speed),
    });
  };
  return { element, update };
}

/** How many km of the corridor and of the comparison route lie in ECAs, from the build's figures. */
export function ecaSentence(a: RouteInfo, b: RouteInfo): HTMLElement {
  const part = (r: RouteInfo) => ({
    None: r.ecaKm === 0 ? 'yes' : 'no',
    Km: fmt.km(r.km),
    Eca: fmt.km(r.ecaKm),
    Share: fmt.pct((r.ecaKm / r.km) * 100, { signed: false }),
    Areas: r.ecas
      .map((e) => `${t('ecaCard.name', { id: e.id.replace(/-/g, '_') })} ${fmt.km(e.km)}`)
      .join(', '),
  });
  const values = Object.fromEntries(
    (['a', 'b'] as const).flatMap((k) =>
      Object.entries(part(k === 'a' ? a : b)).map(([name, v]) => [k + name, v]),
    ),
  );
  return h('p', { class: 'routes-why', 'data-testid': 'routes-ecas' }, t('routes.ecas', values));
}

/** One line per modelling assumption. */
function assumptions(): HTMLElement {
  const lines = [
    t('routes.assume.speed'),
    t('routes.assume.allowance'),
    t('routes.assume.lengths'),
    t('routes.assume.greatCircle'),
    t('routes.assume.detour'),
    t('routes.assume.nm', { km: fmt.number(KM_PER_NM, 3) }),
    t('routes.assume.defaults'),
    t('routes.assume.ports'),
  ];
  return h(
    'ul',
    { class: 'assumptions', 'data-testid': 'assumptions' },
    ...lines.map((l) => h('li', {}, l)),
  );
}

/**
 * What the Routes tab shows below its first screen: the controls, the tables and costs, the
 * layers, the regions, the check of every figure, its sources and our assumptions. Returns its
 * elements and what keeps them in step with the state.
 */
function belowTheFold(ctx: AppContext, corridor: RouteFacts, comparison: RouteFacts) {
  const variant = routeFacts(ctx, ctx.data.routes.variant);
  const news18 = FIGURE_SOURCES.news18;
  const bs = FIGURE_SOURCES['business-standard'];
  const table = renderComparisonTable(corridor, comparison);
  const layers = layerToggles(ctx, corridor, comparison, variant);
  const check = renderFigureCheck();
  const controls = assumptionControls(ctx, 'routes');
  const costs = renderCosts(ctx);
  const elements = [
    controls.element,
    table.element,
    ecaSentence(corridor.route, comparison.route),
    costs.figures,
    layers.element,
    renderRegionList(ctx),
    h('h3', {}, t('routes.checked')),
    h(
      'p',
      { class: 'check-intro' },
      t('routes.checkIntro', { article: citeShort(news18), bs: citeShort(bs) }),
    ),
    check.element,
    h('h3', {}, t('routes.sources')),
    renderFigureSources(),
    h('h3', {}, t('routes.assumptions')),
    assumptions(),
  ];
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
    table.update(url);
    layers.update(url);
    check.update(
      checkArticleFigures(
        {
          corridorKm: corridor.route.km,
          variantKm: variant.route.km,
          comparisonKm: comparison.route.km,
          knots: url.speed,
          allowanceDays: url.allowance,
        },
        tr,
      ),
    );
  };
  return { elements, update };
}

/**
 * A reader's reach for the panel: a tap, the wheel, a swipe, the keyboard's focus, or a scroll
 * of the panel's scroller (its scrollbar dragged, say).
 */
const REACHES = ['pointerdown', 'wheel', 'touchstart', 'focusin', 'scroll'] as const;

/**
 * Fills the Routes tab and keeps it in step with the speed, allowance and layers. Its first
 * screen (the headline and why the comparison) comes at once; the rest after the opening view is
 * drawn (issue #26: the map's first view does not wait for what is below the fold), or as soon as
 * the reader reaches for the panel.
 */
export function renderRoutesPanel(body: HTMLElement, ctx: AppContext): void {
  const corridor = routeFacts(ctx, ctx.data.routes.corridor);
  const comparison = routeFacts(ctx, ctx.data.routes.comparison);
  const bs = FIGURE_SOURCES['business-standard'];

  const headline = renderHeadline(corridor, comparison);
  body.append(
    headline.element,
    h(
      'p',
      { class: 'routes-why', 'data-testid': 'routes-why' },
      ...rich('routes.why', { from: comparison.from, to: comparison.to, cite: citeShort(bs) }),
    ),
  );

  // Until the rest comes, an empty block holds its place: the panel (a bottom sheet on phones,
  // sized by its content) has its full height when the opening view is framed beside it.
  const placeholder = h('div', { class: 'routes-rest-placeholder', 'aria-hidden': 'true' });
  body.append(placeholder);
  let rest: ReturnType<typeof belowTheFold> | null = null;
  const reached = new AbortController();
  ctx.signal.addEventListener('abort', () => reached.abort());
  const fill = () => {
    if (rest || ctx.signal.aborted) return;
    reached.abort();
    rest = belowTheFold(ctx, corridor, comparison);
    placeholder.replaceWith(...rest.elements);
    rest.update(ctx.store.state);
  };
  // A reader who reaches for the panel ends the wait for everything that waits; listened to on
  // the panel's scroller, which holds this tab (a scroll fires there, not here).
  const scroller = body.parentElement ?? body;
  for (const type of REACHES) {
    scroller.addEventListener(type, () => ctx.endOpening(), {
      signal: reached.signal,
      passive: true,
    });
  }
  ctx.afterOpening(fill);

  let last: UrlState | null = null;
  const update = (state: AppState) => {
    rest?.update(state);
    const url = state.url;
    if (last?.speed === url.speed && last.allowance === url.allowance) return;
    last = url;
    headline.update(url);
  };
  ctx.store.subscribe((state) => update(state));
  update(ctx.store.state);
}
