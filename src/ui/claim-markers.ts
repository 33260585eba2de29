/**
 * The article's claims on the map (issue #5): one HTML button per claim, in its category's colour
 * and symbol, plus a ring and name at each place the open claim relates to, and a small legend.
 * Claims that share a place are fanned out in a grid of fixed pixel offsets above it, and lone
 * markers that would overlap at the current zoom step aside (lib/claims/declutter.ts); a thin
 * leader ties each moved button to its true point, so every one stays clickable at any zoom.
 */
import './claim-markers.css';
import type { AppContext } from '../state/context';
import { CATEGORIES, CLAIM_LIST } from '../content/claims';
import type { ClaimId } from '../content/ids';
import { PLACES, PLACE_IDS, type PlaceId } from '../content/places';
import { CATEGORY_IDS } from '../content/claim-types';
import { claimsToGeoJSON, type ClaimMarkerProperties } from '../lib/claims/markers';
import {
  declutter,
  inView,
  type ScreenArea,
  type ScreenPoint,
  type ScreenRect,
} from '../lib/claims/declutter';
import { CELL_PX, fanOffset, placeFan, type FanSide } from '../lib/claims/fan';
import { toMapData } from '../lib/map-data';
import { shownLayers } from '../lib/url/navigation';
import type { AppState } from '../state/app-state';
import type { MarkerSpec } from '../state/map-view';
import { focusClaimCard } from './claims-panel';
import { categoryBadge, symbolSvg } from './claim-symbols';
import { h } from './dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
interface ClaimMarker {
  id: ClaimId;
  root: HTMLElement;
  button: HTMLButtonElement;
  lngLat: [number, number];
  count: number;
  side: FanSide;
  shiftX: number;
  /** Where the button sits relative to the place, px. */
  offset: [number, number];
  setSide(side: FanSide, shiftX?: number): void;
  /** Moves a lone marker's button off its place (0, 0 puts it back). */
  shift(dx: number, dy: number): void;
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

function claimMarker(
  props: ClaimMarkerProperties,
  lngLat: [number, number],
  ctx: AppContext,
): ClaimMarker {
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
  const line = leader();
  const root = h(
    'div',
    {
      class: 'claim-marker',
      'data-category': props.category,
      style: `--claim-colour: ${category.colour}`,
    },
    line.svg,
    button,
  );
  const place = (dx: number, dy: number) => {
    if (marker.offset[0] === dx && marker.offset[1] === dy) return;
    marker.offset = [dx, dy];
    root.style.setProperty('--dx', `${dx}px`);
    root.style.setProperty('--dy', `${dy}px`);
    const ends = { x1: 0, y1: 0, x2: dx, y2: dy };
    for (const [k, v] of Object.entries(ends)) line.line.setAttribute(k, String(v));
    // A button on its own place needs no leader.
    line.svg.style.display = dx === 0 && dy === 0 ? 'none' : '';
  };
  const marker: ClaimMarker = {
    id,
    root,
    button,
    lngLat,
    count: props.slotCount,
    side: 'above',
    shiftX: 0,
    offset: [NaN, NaN],
    setSide(side, shiftX = 0) {
      marker.side = side;
      marker.shiftX = shiftX;
      place(...fanOffset(props.slot, props.slotCount, side, shiftX));
    },
    shift: place,
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
  const map = ctx.map;
  if (!map) return;
  const points = claimsToGeoJSON(CLAIM_LIST, PLACES);
  const markers = points.features.map((f) =>
    claimMarker(f.properties, f.geometry.coordinates as [number, number], ctx),
  );
  const rings = new Map(PLACE_IDS.map((id) => [id, placeRing(id)]));
  const specs: MarkerSpec[] = [
    // Rings first, so the claim buttons are drawn (and clicked) above them.
    ...[...rings].map(([id, element]) => ({
      id: `place-${id}`,
      lngLat: [...PLACES[id].coordinates] as [number, number],
      element,
    })),
    ...markers.map((m) => ({ id: m.id, lngLat: m.lngLat, element: m.root })),
  ];
  // Set once: replacing markers would detach a focused button and lose the keyboard user's place.
  map.setMarkers(specs);
  const container = map.container();
  const key = legend();
  container.parentElement?.append(key);
  /**
   * The map's size and what covers it: the corner controls (zoom, scale bars, attribution), the
   * legend and the panel. Measuring forces a layout, so it is done when these change (observed
   * below, and at the end of each move), not on every frame of a move.
   */
  const measure = (): ScreenArea => {
    const origin = container.getBoundingClientRect();
    const blocked: ScreenRect[] = [];
    for (const el of [...map.controls(), key]) {
      const r = el.getBoundingClientRect();
      // Hidden ones (display: none) measure 0 × 0 and cover nothing.
      if (r.width === 0 || r.height === 0) continue;
      blocked.push({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      });
    }
    const panel = map.covered();
    const view = {
      left: panel.left,
      top: panel.top,
      right: container.clientWidth - panel.right,
      bottom: container.clientHeight - panel.bottom,
    };
    return { view, blocked };
  };
  let area: ScreenArea | null = null;
  // On every move: each fan opens where it fits; then lone markers step aside from fans,
  // controls, the panel and each other, the open claim's first so it stays on its place.
  const arrange = () => {
    const shown = markers.filter((m) => !m.root.hidden);
    if (shown.length === 0) return;
    area ??= measure();
    const fixed: ScreenPoint[] = [];
    const lone: { marker: ClaimMarker; point: ScreenPoint }[] = [];
    for (const m of shown) {
      const point = map.project(m.lngLat);
      if (m.count > 1) {
        const { side, shift } = placeFan(point, m.count, area);
        if (side !== m.side || shift !== m.shiftX) m.setSide(side, shift);
        if (inView(point, area)) fixed.push({ x: point.x + m.offset[0], y: point.y + m.offset[1] });
      } else {
        lone.push({ marker: m, point });
      }
    }
    const isOpen = (m: ClaimMarker) => m.root.classList.contains('is-open');
    lone.sort((a, b) => Number(isOpen(b.marker)) - Number(isOpen(a.marker)));
    const offsets = declutter(
      lone.map((l) => l.point),
      fixed,
      CELL_PX,
      area,
    );
    lone.forEach((l, i) => l.marker.shift(...offsets[i]!));
  };
  // Measuring forces a layout: done once per frame at most, after whatever changed the page in
  // that frame (the panel rendering at start-up, a control resizing), never per marker.
  let frame = 0;
  const remeasure = () => {
    area = null;
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        arrange();
      });
    }
  };
  map.onMove(arrange);
  map.onMoveEnd(remeasure);
  map.onResize(remeasure);
  // Controls change size without moving the map: the attribution folds on phones after load,
  // the scale bars change width with the zoom, the legend hides with the claims layer.
  const watch = new ResizeObserver(remeasure);
  for (const el of map.controls()) watch.observe(el);
  watch.observe(key);

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
    // Hidden markers leave room for the others.
    remeasure();
  };
  ctx.store.subscribe(update);
  update(ctx.store.state);
}
