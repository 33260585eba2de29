/**
 * The article's claims on the map (issue #5, clusters issue #15): one HTML button per claim, a
 * cluster button with its count where many share a place (New Delhi's nine open as a fan on a
 * click, a tap or Enter), rings at the places the open claim relates to, and a small legend.
 * Which markers show is toMapData's rule (MapData.claimMarkers); the fans and clusters are laid
 * out by lib/claims (cluster.ts, fan.ts) and lone markers and clusters step aside from each
 * other, the controls, the panel and the labels they must not hide, the lead ports' and their own
 * places' (declutter.ts, kept-labels.ts), a leader tying each moved button to its place.
 */
import './claim-markers.css';
import { CLAIM_LIST } from '../../content/claims';
import type { ClaimId } from '../../content/ids';
import { PLACES, PLACE_IDS, type PlaceId } from '../../content/places';
import { CLUSTER_MIN, layoutMarkers, type MarkerLayout } from '../../lib/claims/cluster';
import { declutter, inView } from '../../lib/claims/declutter';
import type { ScreenArea, ScreenPoint, ScreenRect } from '../../lib/screen/types';
import { CELL_PX, fanOffset, placeFan } from '../../lib/claims/fan';
import { claimsToGeoJSON } from '../../lib/claims/markers';
import { relativeTo } from '../../lib/screen/insets';
import type { AppState } from '../../state/app-state';
import type { AppContext } from '../../state/context';
import type { MapView, MarkerSpec } from '../../state/map-view';
import {
  claimLegend,
  claimMarkerElement,
  clusterElement,
  placeRing,
  type ClusterElement,
  type OffsetButton,
} from './claim-marker-elements';
import { keptLabelsOf, labelRects } from './kept-labels';
import { focusClaimCard } from './claims-panel';

type Layout = MarkerLayout<ClaimId>;

/** The map's size and what covers it: the corner controls, the legend and the panel. */
function measureArea(
  map: MapView,
  legend: HTMLElement,
): ScreenArea & { size: { width: number; height: number } } {
  const container = map.container();
  const origin = container.getBoundingClientRect();
  const blocked: ScreenRect[] = [];
  for (const el of [...map.controls(), legend]) {
    const r = el.getBoundingClientRect();
    // Hidden ones (display: none) measure 0 × 0 and cover nothing.
    if (r.width === 0 || r.height === 0) continue;
    blocked.push(relativeTo(r, origin));
  }
  // The view is what the panel leaves; the controls are blocked where they are, not edge-wide.
  const panel = map.coveredInsets({ controls: false });
  const view = {
    left: panel.left,
    top: panel.top,
    right: container.clientWidth - panel.right,
    bottom: container.clientHeight - panel.bottom,
  };
  return { view, blocked, size: { width: container.clientWidth, height: container.clientHeight } };
}

/** Puts the claim markers on the map and keeps them in step with the state (no-op without WebGL). */
export function startClaimMarkers(ctx: AppContext): void {
  const map = ctx.map;
  if (!map) return;
  const claims = claimsToGeoJSON(CLAIM_LIST, PLACES).features.map((f) => f.properties);
  const places = claims.map((c) => ({ id: c.id as ClaimId, place: c.place }));
  const expanded = new Set<string>();
  let layout: Layout = { markers: new Map(), clusters: [] };

  const markers = claims.map((props) =>
    claimMarkerElement(
      props,
      (button) => {
        const id = props.id as ClaimId;
        const opening = ctx.store.state.url.claim !== id;
        ctx.actions.chooseClaim(opening ? id : null);
        if (opening) focusClaimCard(id, button);
      },
      () => {
        if (ctx.store.state.url.claim !== null) ctx.actions.chooseClaim(null);
        else collapse(props.place as PlaceId);
      },
    ),
  );
  // A cluster for each place that can hold enough claims to need one.
  const clusters = new Map<PlaceId, ClusterElement>();
  for (const id of PLACE_IDS) {
    if (claims.filter((c) => c.place === id).length < CLUSTER_MIN) continue;
    const cluster = clusterElement(id, () => toggle(id));
    cluster.button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && expanded.has(id)) {
        event.preventDefault();
        collapse(id);
      }
    });
    clusters.set(id, cluster);
  }
  const rings = new Map(PLACE_IDS.map((id) => [id, placeRing(id)]));
  // Markers that stand on a lead port sit one cell above it, clear of the port's label.
  const leadPorts = new Set(
    Object.values(ctx.data.routes).flatMap((r) => [r.origin, r.destination]),
  );

  const lngLat = (place: PlaceId): [number, number] => [...PLACES[place].coordinates];
  const labelBoxes = labelRects(
    map,
    keptLabelsOf(
      ctx.data.portsCollection.features.filter((f) => leadPorts.has(String(f.properties?.id))),
      ctx.data.placeLabels.features,
    ),
  );
  const specs: MarkerSpec[] = [
    // Rings first, so the buttons are drawn (and clicked) above them; each cluster just before
    // the claims it holds, so Tab goes from the cluster into its fan.
    ...[...rings].map(([id, element]) => ({ id: `place-${id}`, lngLat: lngLat(id), element })),
    ...[...clusters].flatMap(([place, cluster]) => [
      { id: `cluster-${place}`, lngLat: lngLat(place), element: cluster.root },
      ...markers
        .filter((m) => m.placeId === place)
        .map((m) => ({ id: m.id, lngLat: lngLat(m.placeId), element: m.root })),
    ]),
    ...markers
      .filter((m) => !clusters.has(m.placeId))
      .map((m) => ({ id: m.id, lngLat: lngLat(m.placeId), element: m.root })),
  ];
  // Set once: replacing markers would detach a focused button and lose the keyboard user's place.
  map.setMarkers(specs);
  const legend = claimLegend();
  map.container().parentElement?.append(legend);
  ctx.signal.addEventListener('abort', () => legend.remove());

  let area: (ScreenArea & { size: { width: number; height: number } }) | null = null;
  /** Lays out fans, clusters and lone markers for the current camera. */
  const arrange = () => {
    area ??= measureArea(map, legend);
    const { width, height } = area.size;
    // A button whose place is off the map leaves with it (MapLibre would show half of it).
    const offMap = (element: HTMLElement, { x, y }: ScreenPoint) =>
      element.classList.toggle('is-off-map', x < 0 || y < 0 || x > width || y > height);
    // The labels of the lead ports and of the claims' places are blocked too (issue #26).
    const clear: ScreenArea = { ...area, blocked: [...area.blocked, ...labelBoxes()] };
    const fixed: ScreenPoint[] = [];
    const lone: { marker: OffsetButton; point: ScreenPoint; lift: number; first: boolean }[] = [];
    const fanned = new Map<PlaceId, ReturnType<typeof placeFan>>();
    for (const m of markers) {
      const slot = layout.markers.get(m.id);
      if (!slot) continue;
      const point = map.project(lngLat(m.placeId));
      offMap(m.root, point);
      if (slot.count > 1) {
        let fan = fanned.get(m.placeId);
        if (!fan) fanned.set(m.placeId, (fan = placeFan(point, slot.count, clear)));
        m.place(...fanOffset(slot.slot, slot.count, fan.side, fan.shift));
        if (inView(point, area)) fixed.push({ x: point.x + m.offset[0], y: point.y + m.offset[1] });
      } else {
        const lift = leadPorts.has(m.placeId) ? CELL_PX : 0;
        // The open claim's marker first, so it keeps its place.
        lone.push({ marker: m, point, lift, first: m.root.classList.contains('is-open') });
      }
    }
    // Clusters step aside like lone markers, before them: off the labels and their own fans.
    for (const cluster of clusters.values()) {
      const point = map.project(lngLat(cluster.placeId));
      offMap(cluster.root, point);
      if (!cluster.root.hidden) lone.push({ marker: cluster, point, lift: 0, first: true });
    }
    lone.sort((a, b) => Number(b.first) - Number(a.first));
    const offsets = declutter(
      lone.map((l) => ({ x: l.point.x, y: l.point.y - l.lift })),
      fixed,
      CELL_PX,
      clear,
    );
    lone.forEach((l, i) => {
      const [dx, dy] = offsets[i]!;
      // A place out of view keeps its button on it (hidden with it).
      const lifted = inView(l.point, area!) ? l.lift : 0;
      l.marker.place(dx, dy - lifted);
    });
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
  // A move with a measured arrangement due before the next frame (a jump's move, whose moveend
  // follows at once, as at the opening) leaves the markers to that one.
  map.onMove(() => {
    if (frame === 0) arrange();
  });
  map.onMoveEnd(remeasure);
  map.onResize(remeasure);
  // Controls change size without moving the map: the attribution folds on phones after load,
  // the scale bars change width with the zoom, the legend hides with the markers.
  const watch = new ResizeObserver(remeasure);
  for (const el of map.controls()) watch.observe(el);
  watch.observe(legend);

  const update = (state: AppState) => {
    const data = ctx.mapData(state);
    const open = state.url.claim;
    // A claim opened in a cluster keeps its fan open after it closes, so focus can go back to it.
    const openPlace = open === null ? undefined : places.find((p) => p.id === open)?.place;
    if (openPlace && clusters.has(openPlace as PlaceId)) expanded.add(openPlace);
    layout = layoutMarkers(places, new Set(data.claimMarkers), open, expanded);
    for (const m of markers) {
      const isOpen = m.id === open;
      m.root.hidden = !layout.markers.has(m.id);
      m.root.classList.toggle('is-open', isOpen);
      m.root.classList.toggle('is-muted', open !== null && !isOpen);
      m.button.setAttribute('aria-pressed', String(isOpen));
    }
    for (const [place, cluster] of clusters) {
      const state = layout.clusters.find((c) => c.place === place);
      cluster.root.hidden = !state;
      if (state) cluster.setState(state.count, state.expanded);
      cluster.root.classList.toggle('is-expanded', state?.expanded ?? false);
    }
    const related = new Set(data.highlightPlaces);
    for (const [id, ring] of rings) ring.hidden = !related.has(id);
    legend.hidden = data.claimMarkers.length === 0;
    // Hidden markers leave room for the others.
    remeasure();
  };
  const toggle = (place: PlaceId) => {
    if (expanded.has(place)) collapse(place);
    else {
      expanded.add(place);
      update(ctx.store.state);
    }
  };
  const collapse = (place: PlaceId) => {
    if (!expanded.delete(place)) return;
    update(ctx.store.state);
    clusters.get(place)?.button.focus();
  };
  let last: AppState | null = null;
  ctx.store.subscribe((state) => {
    // Only what changes the markers: the open claim, the layers, the tour step.
    if (
      last?.url.claim === state.url.claim &&
      last.url.layers === state.url.layers &&
      last.url.view === state.url.view &&
      last.url.tour === state.url.tour
    ) {
      return;
    }
    last = state;
    update(state);
  });
  last = ctx.store.state;
  update(ctx.store.state);
}
