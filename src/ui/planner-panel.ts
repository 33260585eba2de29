import type { AppContext } from '../app/context';
import { h } from './dom';

/** (Being built.) */
export function renderPlannerPanel(body: HTMLElement, _ctx: AppContext): void {
  body.append(h('p', {}, 'Loading…'));
}
