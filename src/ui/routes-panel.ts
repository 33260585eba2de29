import type { AppContext } from '../app/context';
import { h } from './dom';

/** (Being built.) */
export function renderRoutesPanel(body: HTMLElement, _ctx: AppContext): void {
  body.append(h('p', {}, 'Loading…'));
}
