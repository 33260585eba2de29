/**
 * Fuel, CO₂ and cost in the Routes panel (issue #17): the figures with their assumptions that go
 * under the route comparison (the controls are in ./assumption-controls.ts). All DOM, so it works
 * without WebGL.
 */
import './costs.css';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import { costChoicesChanged } from '../../lib/costs/for-state';
import { shownLayers } from '../../lib/url/navigation';
import type { UrlState } from '../../lib/url/state';
import { h } from '../frame/dom';
import { t } from '../frame/i18n';
import { costAssumptions } from './cost-assumptions';
import { costFigures, type CostRoute } from './cost-figures';

/** Builds the cost figures; `update` keeps them in step with the state. */
export function renderCosts(ctx: AppContext): {
  figures: HTMLElement;
  update(state: AppState): void;
} {
  const route = (id: CostRoute['id'], label: string): CostRoute => ({
    id,
    label,
    km: ctx.data.routes[id].km,
    passages: ctx.data.routes[id].passages,
    ecaKm: ctx.data.routes[id].ecaKm,
  });
  const figures = costFigures(
    route('corridor', t('routes.corridor')),
    route('comparison', t('routes.comparison')),
    route('variant', t('routes.variant')),
  );
  const assumptions = costAssumptions();

  let last: { url: UrlState; variant: boolean } | null = null;
  const update = (state: AppState) => {
    const url = state.url;
    const variant = shownLayers(url).includes('variant');
    const prev = last;
    if (prev && prev.variant === variant && !costChoicesChanged(prev.url, url)) return;
    last = { url, variant };
    figures.update(url, variant);
    assumptions.update(url);
  };
  return {
    figures: h('div', { class: 'costs' }, figures.element, assumptions.element),
    update,
  };
}
