/**
 * The DOM of the claim markers: one button per claim (its category's colour and symbol, a leader
 * line back to its place when moved), a cluster button per crowded place, a ring and name at each
 * related place, and the legend. src/ui/claims/claim-markers.ts lays them out.
 */
import { CATEGORIES } from '../../content/claims';
import { t, words } from '../frame/i18n';
import { CATEGORY_IDS } from '../../content/claim-types';
import type { ClaimId } from '../../content/ids';
import type { PlaceId } from '../../content/places';
import type { ClaimMarkerProperties } from '../../lib/claims/markers';
import { categoryBadge, symbolSvg } from './claim-symbols';
import { h } from '../frame/dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A button placed at a pixel offset from its place, with a leader line when it is moved. */
export interface OffsetButton {
  readonly root: HTMLElement;
  readonly button: HTMLButtonElement;
  /** Where the button sits relative to the place, px. */
  offset: readonly [number, number];
  /** Moves the button (0, 0 puts it on its place). */
  place(dx: number, dy: number): void;
}

function leader(): { svg: SVGSVGElement; line: SVGLineElement } {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'claim-leader');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'line');
  const dot = document.createElementNS(SVG_NS, 'circle');
  for (const [k, v] of Object.entries({ cx: 0, cy: 0, r: 3.5 })) dot.setAttribute(k, String(v));
  svg.append(line, dot);
  return { svg, line };
}

/** Wraps a button in a zero-size root MapLibre positions on the place. */
function offsetButton(button: HTMLButtonElement, rootClass: string): OffsetButton {
  const line = leader();
  const root = h('div', { class: rootClass }, line.svg, button);
  const marker: OffsetButton = {
    root,
    button,
    offset: [NaN, NaN],
    place(dx, dy) {
      if (marker.offset[0] === dx && marker.offset[1] === dy) return;
      marker.offset = [dx, dy];
      root.style.setProperty('--dx', `${dx}px`);
      root.style.setProperty('--dy', `${dy}px`);
      const ends = { x1: 0, y1: 0, x2: dx, y2: dy };
      for (const [k, v] of Object.entries(ends)) line.line.setAttribute(k, String(v));
      // A button on its own place needs no leader.
      line.svg.style.display = dx === 0 && dy === 0 ? 'none' : '';
    },
  };
  marker.place(0, 0);
  return marker;
}

export interface ClaimMarkerElement extends OffsetButton {
  readonly id: ClaimId;
  readonly placeId: PlaceId;
}

/** A claim's marker button; `onActivate` runs on click (and Enter/Space, as for any button). */
export function claimMarkerElement(
  props: ClaimMarkerProperties,
  onActivate: (button: HTMLButtonElement) => void,
  onEscape: () => void,
): ClaimMarkerElement {
  const id = props.id as ClaimId;
  const category = CATEGORIES[props.category];
  const title = words.claims[id].title;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'claim-marker-button',
      'aria-label': t('claims.marker', { category: words.categories[props.category].label, title }),
      'aria-pressed': 'false',
      title,
      'data-testid': `claim-marker-${id}`,
    },
    symbolSvg(category.symbol, 18),
  );
  button.addEventListener('click', (event) => {
    // A marker click is not a click on the region beneath it (AtlasMap listens on the container).
    event.stopPropagation();
    onActivate(button);
  });
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onEscape();
  });
  const marker = offsetButton(button, 'claim-marker');
  marker.root.dataset.category = props.category;
  marker.root.style.setProperty('--claim-colour', category.colour);
  return Object.assign(marker, { id, placeId: props.place as PlaceId });
}

export interface ClusterElement extends OffsetButton {
  readonly placeId: PlaceId;
  setState(count: number, expanded: boolean): void;
}

/** The button that stands for a crowded place's claims: its count; it opens and closes their fan. */
export function clusterElement(placeId: PlaceId, onToggle: () => void): ClusterElement {
  const count = h('span', { class: 'claim-cluster-count' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'claim-marker-button claim-cluster-button',
      'aria-expanded': 'false',
      'data-testid': `claim-cluster-${placeId}`,
    },
    count,
  );
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onToggle();
  });
  const marker = offsetButton(button, 'claim-marker claim-cluster');
  return Object.assign(marker, {
    placeId,
    setState(n: number, expanded: boolean) {
      count.textContent = String(n);
      button.setAttribute('aria-expanded', String(expanded));
      const name = words.places[placeId];
      button.setAttribute(
        'aria-label',
        t('claims.cluster', { place: name, count: n, expanded: String(expanded) }),
      );
      button.title = t('claims.clusterTitle', { place: name, count: n });
    },
  });
}

/** A ring and name at a place the open claim relates to; shown only while it is related. */
export function placeRing(id: PlaceId): HTMLElement {
  return h(
    'div',
    { class: 'claim-place', 'data-testid': `claim-place-${id}`, hidden: true },
    h('span', { class: 'claim-place-ring', 'aria-hidden': 'true' }),
    h('span', { class: 'claim-place-name' }, words.places[id]),
  );
}

/** The map's legend: each category's badge and label (the Claims panel repeats it). */
export function claimLegend(): HTMLElement {
  return h(
    'div',
    {
      class: 'claim-legend',
      'data-testid': 'claim-legend',
      role: 'group',
      'aria-label': t('claims.legend'),
    },
    h(
      'ul',
      {},
      ...CATEGORY_IDS.map((id) =>
        h('li', {}, categoryBadge(id, 20), h('span', {}, words.categories[id].label)),
      ),
    ),
  );
}
