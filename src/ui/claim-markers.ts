/**
 * The article's claims on the map (issue #5): one HTML button per claim, in its category's colour
 * and symbol, plus a ring and name at each place the open claim relates to, and a small legend.
 * Claims that share a place are fanned out in a grid of fixed pixel offsets above it, each tied to
 * the true point by a thin leader, so every one stays clickable at any zoom.
 */
import './claim-markers.css';
import type { AppContext } from '../app/context';
import { CATEGORIES, CLAIM_LIST } from '../content/claims';
import type { ClaimId } from '../content/ids';
import { PLACES, PLACE_IDS, type PlaceId } from '../content/places';
import { CATEGORY_IDS, claimsToGeoJSON, type ClaimMarkerProperties } from '../lib/claims';
import { toMapData, type AppState } from '../lib/map-data';
import { shownLayers } from '../lib/url/navigation';
import type { MarkerSpec } from '../map/atlas-map';
import { focusClaimCard } from './claims-panel';
import { categoryBadge, symbolSvg } from './claim-symbols';
import { h } from './dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Marker button size and the grid's spacing, px: 32 px keeps well above the 24 px target size. */
const BUTTON_PX = 32;
const CELL_PX = BUTTON_PX + 6;
/** Gap between the place and the grid's bottom row, px. */
const LIFT_PX = 18;

/** Room the map's corner controls take, px: a fan must clear them. */
const TOP_CLEARANCE_PX = 64;
const RIGHT_CLEARANCE_PX = 56;

const gridOf = (count: number) => {
  const cols = Math.ceil(Math.sqrt(count));
  return { cols, rows: Math.ceil(count / cols) };
};

/** Which side of its place a fan of markers opens to. */
export type FanSide = 'above' | 'right' | 'below';

/**
 * Pixel offset of marker `slot` of `count` at one place: a lone marker sits on the place; several
 * form a near-square grid, first slot top left: centred above the place, or to its right with the
 * first row level with it, or centred below it.
 */
export function fanOffset(slot: number, count: number, side: FanSide = 'above'): [number, number] {
  if (count <= 1) return [0, 0];
  const { cols, rows } = gridOf(count);
  const row = Math.floor(slot / cols);
  const col = slot - row * cols;
  const near = LIFT_PX + BUTTON_PX / 2;
  if (side === 'right') return [near + col * CELL_PX, row * CELL_PX];
  // The last row may be short: centre it too.
  const inRow = row === rows - 1 ? count - row * cols : cols;
  const x = (col - (inRow - 1) / 2) * CELL_PX;
  const y = side === 'below' ? near + row * CELL_PX : -(near + (rows - 1 - row) * CELL_PX);
  return [Math.round(x), Math.round(y)];
}

/** Room a fan of `count` markers needs away from its place, px. */
function fanReach(count: number): number {
  return LIFT_PX + gridOf(count).cols * CELL_PX;
}

/** Above if there is room under the map's top controls, else right if there is room, else below. */
function fanSide(point: { x: number; y: number }, count: number, width: number): FanSide {
  const reach = fanReach(count);
  if (point.y > reach + TOP_CLEARANCE_PX) return 'above';
  return point.x + reach + RIGHT_CLEARANCE_PX < width ? 'right' : 'below';
}

interface ClaimMarker {
  id: ClaimId;
  root: HTMLElement;
  button: HTMLButtonElement;
  count: number;
  side: FanSide;
  setSide(side: FanSide): void;
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

function claimMarker(props: ClaimMarkerProperties, ctx: AppContext): ClaimMarker {
  const id = props.id as ClaimId;
  const category = CATEGORIES[props.category];
  const button = h(
    'button',
    {
      type: 'button',
      class: 'claim-marker-button',
      'aria-label': `${category.label}: ${props.title}`,
      'aria-pressed': 'false',
      title: props.title,
      'data-testid': `claim-marker-${id}`,
    },
    symbolSvg(category.symbol, 18),
  );
  button.addEventListener('click', (event) => {
    // A marker click is not a click on the region beneath it (AtlasMap listens on the container).
    event.stopPropagation();
    const opening = ctx.store.state.url.claim !== id;
    ctx.actions.chooseClaim(opening ? id : null);
    if (opening) focusClaimCard(id, button);
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && ctx.store.state.url.claim !== null) {
      event.preventDefault();
      ctx.actions.chooseClaim(null);
    }
  });
  const line = props.slotCount > 1 ? leader() : null;
  const root = h(
    'div',
    {
      class: 'claim-marker',
      'data-category': props.category,
      style: `--claim-colour: ${category.colour}`,
    },
    line?.svg,
    button,
  );
  const marker: ClaimMarker = {
    id,
    root,
    button,
    count: props.slotCount,
    side: 'above',
    setSide(side) {
      marker.side = side;
      const [dx, dy] = fanOffset(props.slot, props.slotCount, side);
      root.style.setProperty('--dx', `${dx}px`);
      root.style.setProperty('--dy', `${dy}px`);
      const ends = { x1: 0, y1: 0, x2: dx, y2: dy };
      for (const [k, v] of Object.entries(ends)) line?.line.setAttribute(k, String(v));
    },
  };
  marker.setSide('above');
  return marker;
}

/** A ring and name at a place the open claim relates to; shown only while it is related. */
function placeRing(id: PlaceId): HTMLElement {
  return h(
    'div',
    { class: 'claim-place', 'data-testid': `claim-place-${id}`, hidden: true },
    h('span', { class: 'claim-place-ring', 'aria-hidden': 'true' }),
    h('span', { class: 'claim-place-name' }, PLACES[id].name),
  );
}

/** The map's legend: each category's badge and label (the Claims panel repeats it). */
function legend(): HTMLElement {
  return h(
    'div',
    {
      class: 'claim-legend',
      'data-testid': 'claim-legend',
      role: 'group',
      'aria-label': 'Claim categories',
    },
    h(
      'ul',
      {},
      ...CATEGORY_IDS.map((id) =>
        h('li', {}, categoryBadge(id, 20), h('span', {}, CATEGORIES[id].label)),
      ),
    ),
  );
}

/** Puts the claim markers on the map and keeps them in step with the state (no-op without WebGL). */
export function startClaimMarkers(ctx: AppContext): void {
  const atlas = ctx.atlas;
  if (!atlas) return;
  const points = claimsToGeoJSON(CLAIM_LIST, PLACES);
  const markers = points.features.map((f) => claimMarker(f.properties, ctx));
  const rings = new Map(PLACE_IDS.map((id) => [id, placeRing(id)]));
  const specs: MarkerSpec[] = [
    // Rings first, so the claim buttons are drawn (and clicked) above them.
    ...[...rings].map(([id, element]) => ({
      id: `place-${id}`,
      lngLat: [...PLACES[id].coordinates] as [number, number],
      element,
    })),
    ...markers.map((m, i) => ({
      id: m.id,
      lngLat: points.features[i]!.geometry.coordinates as [number, number],
      element: m.root,
    })),
  ];
  // Set once: replacing markers would detach a focused button and lose the keyboard user's place.
  atlas.setMarkers(specs);
  // A fan near the map's top edge would hide under its controls: open it sideways or below then.
  const fans = specs.filter((spec) => markers.some((m) => m.root === spec.element && m.count > 1));
  const arrange = () => {
    const width = atlas.map.getContainer().clientWidth;
    for (const spec of fans) {
      const m = markers.find((marker) => marker.root === spec.element)!;
      const side = fanSide(atlas.map.project(spec.lngLat), m.count, width);
      if (side !== m.side) m.setSide(side);
    }
  };
  if (fans.length > 0) {
    atlas.map.on('move', arrange);
    atlas.map.on('resize', arrange);
    arrange();
  }
  const key = legend();
  atlas.map.getContainer().parentElement?.append(key);

  let last: { claim: ClaimId | null; shown: boolean } | null = null;
  const update = (state: AppState) => {
    const open = state.url.claim;
    const shown = shownLayers(state.url).includes('claims');
    if (last?.claim === open && last.shown === shown) return;
    last = { claim: open, shown };
    const related = new Set(toMapData(state, ctx.data.regionIds).highlightPlaces);
    for (const m of markers) {
      const isOpen = m.id === open;
      // With the layer off, the open claim keeps its marker, so the map still shows where it is.
      m.root.hidden = !shown && !isOpen;
      m.root.classList.toggle('is-open', isOpen);
      m.root.classList.toggle('is-muted', open !== null && !isOpen);
      m.button.setAttribute('aria-pressed', String(isOpen));
    }
    for (const [id, ring] of rings) ring.hidden = !related.has(id);
    key.hidden = !shown && open === null;
  };
  ctx.store.subscribe(update);
  update(ctx.store.state);
}
