/**
 * The pure step from application state to what the map shows (STYLE.md: `toMapData`): which
 * layers are visible, which regions and places are highlighted. The map module only applies it.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { CLAIMS } from '../content/claims';
import {
  CLAIM_IDS,
  LAYER_IDS,
  ROUTE_IDS,
  type ClaimId,
  type LayerId,
  type RouteId,
} from '../content/ids';
import type { TourStep } from '../content/tour';
import type { PlaceId } from '../content/places';
import { shownLayers, tourStep } from './url/navigation';
import type { Projection, UrlState } from './url/state';
import { parseStretches, type Stretch } from './voyage/stretches';
import type { LabelNames } from './style/labels';

/** What the map reflects: the shareable URL state, what the pointer is doing, computed routes. */
export interface MapInputs {
  readonly url: UrlState;
  /** ISO 3166-2 code of the region under the pointer. */
  readonly hoverRegion: string | null;
  /** Region whose card is open. */
  readonly selectedRegion: string | null;
  /** Routes computed in the browser (the planner's), drawn over the atlas's own three. */
  readonly routes: readonly RuntimeRoute[];
  /** Ships of the animated voyage (the tour), where they are now. */
  readonly ships: readonly Ship[];
  /** The map's label names in the interface's language; null or absent: the data's English names. */
  readonly labels?: LabelNames | null;
  /** The World Port Index as the map draws it, once fetched (lib/style/world-ports.ts); else none. */
  readonly worldPorts?: FeatureCollection<Point> | null;
}

/** A ship of the animated voyage: which route it sails, and where it is. */
export interface Ship {
  readonly id: 'corridor' | 'comparison';
  readonly lngLat: readonly [number, number];
  /** Degrees clockwise from north. */
  readonly heading: number;
}

/** A route computed at run time, with the id its map layer filters on. */
export interface RuntimeRoute {
  readonly id: string;
  readonly feature: Feature<LineString>;
  /** What the legend calls it ("Mumbai → St Petersburg, Suez Canal closed"). */
  readonly label: string;
}

export interface MapData {
  readonly layers: Readonly<Record<LayerId, boolean>>;
  /** Regions highlighted by the open claim (ISO codes). */
  readonly highlightRegions: readonly string[];
  /** Places highlighted by the open claim. */
  readonly highlightPlaces: readonly PlaceId[];
  readonly hoverRegion: string | null;
  readonly selectedRegion: string | null;
  /** Computed routes to draw (the same array while they are unchanged). */
  readonly routes: readonly RuntimeRoute[];
  /** Claim markers shown on the map, and the open claim (its marker shows even when hidden). */
  readonly claimMarkers: readonly ClaimId[];
  readonly ships: readonly Ship[];
  readonly projection: Projection;
  readonly labels: LabelNames | null;
  /** The same object while unchanged: the map replaces the source's data only on a new one. */
  readonly worldPorts: FeatureCollection<Point> | null;
}

/** What the map should show for a state. */
export function toMapData(state: MapInputs, regionIds: readonly string[]): MapData {
  const step = tourStep(state.url);
  return step ? tourMapData(state, step, regionIds) : claimMapData(state, regionIds);
}

/** A tour step's map: its layers, places, regions and claim markers. */
function tourMapData(state: MapInputs, step: TourStep, regionIds: readonly string[]): MapData {
  const shown = new Set(step.layers);
  return {
    layers: Object.fromEntries(LAYER_IDS.map((id) => [id, shown.has(id)])) as Record<
      LayerId,
      boolean
    >,
    highlightRegions: step.regions === 'all' ? [...regionIds].sort() : [],
    highlightPlaces: step.places,
    hoverRegion: state.hoverRegion,
    selectedRegion: state.selectedRegion,
    routes: state.routes,
    claimMarkers: step.claims,
    ships: state.ships,
    projection: state.url.projection,
    labels: state.labels ?? null,
    worldPorts: state.worldPorts ?? null,
  };
}

/** The map of the view, its layers and the open claim. */
function claimMapData(state: MapInputs, regionIds: readonly string[]): MapData {
  const shown = new Set(shownLayers(state.url));
  const claim = state.url.claim ? CLAIMS[state.url.claim] : null;
  const regions = new Set<string>();
  const places: PlaceId[] = [];
  const routes: RouteId[] = [];
  for (const related of claim?.related ?? []) {
    if (related.kind === 'regions') {
      for (const id of related.ids === 'all' ? regionIds : related.ids) regions.add(id);
    } else if (related.kind === 'place') places.push(related.id);
    else routes.push(related.id);
  }
  // A route the open claim points at is drawn even if its layer is off.
  const layers = Object.fromEntries(
    LAYER_IDS.map((id) => [id, shown.has(id) || routes.includes(id as RouteId)]),
  ) as Record<LayerId, boolean>;
  if (regions.size > 0) layers.regions = true;
  return {
    layers,
    highlightRegions: [...regions].sort(),
    highlightPlaces: places,
    hoverRegion: state.hoverRegion,
    selectedRegion: state.selectedRegion,
    routes: state.routes,
    // With the claims layer off, the open claim keeps its marker, so the map still shows where it is.
    claimMarkers: shown.has('claims') ? CLAIM_IDS : claim ? [claim.id] : [],
    ships: state.ships,
    projection: state.url.projection,
    labels: state.labels ?? null,
    worldPorts: state.worldPorts ?? null,
  };
}

/** A route of geo/routes.geojson, checked. */
export interface RouteInfo {
  readonly id: RouteId;
  readonly name: string;
  readonly origin: string;
  readonly destination: string;
  readonly passages: readonly string[];
  readonly km: number;
  readonly nm: number;
  readonly method: string;
  /** The named seas the route runs through, in order (geo/README.md: `stretches`). */
  readonly stretches: readonly Stretch[];
  /** Km inside Emission Control Areas, in total and by area (measured by the build, issue #32). */
  readonly ecaKm: number;
  readonly ecas: readonly { readonly id: string; readonly km: number }[];
  readonly feature: Feature<LineString>;
}

/** A route's ECA km as the build wrote them, checked: each area's km ≥ 0, their sum ≤ the route's. */
function parseEcaKm(p: Record<string, unknown>, km: number, id: string) {
  const ecas = Array.isArray(p.ecas) ? (p.ecas as { id?: unknown; km?: unknown }[]) : [];
  const areas = ecas.map((a) => ({ id: String(a.id), km: Number(a.km) }));
  const total = Number(p.ecaKm);
  const sum = areas.reduce((s, a) => s + a.km, 0);
  const bad =
    areas.some((a) => !(a.km > 0)) || !(total >= 0) || total > km || Math.abs(sum - total) > 0.5;
  if (bad) throw new Error(`routes: the ${id} route has no valid ECA km`);
  return { ecaKm: total, ecas: areas };
}
export type RouteFeatures = Readonly<Record<RouteId, RouteInfo>>;

/** Validates geo/routes.geojson: the three routes, each with its numbers and provenance. */
export function parseRoutes(fc: FeatureCollection<LineString>): RouteFeatures {
  const out: Partial<Record<RouteId, RouteInfo>> = {};
  for (const id of ROUTE_IDS) {
    const feature = fc.features.find((f) => f.properties?.id === id);
    if (!feature || feature.geometry?.type !== 'LineString') {
      throw new Error(`routes: geo/routes.geojson lacks the ${id} route`);
    }
    const p = feature.properties ?? {};
    const numbers = [p.km, p.nm];
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0)) {
      throw new Error(`routes: the ${id} route has no valid km/nm`);
    }
    out[id] = {
      id,
      name: String(p.name),
      origin: String(p.origin),
      destination: String(p.destination),
      passages: Array.isArray(p.passages) ? p.passages.map(String) : [],
      km: p.km as number,
      nm: p.nm as number,
      method: String(p.method),
      stretches: parseStretches(p.stretches, p.km as number, id),
      ...parseEcaKm(p, p.km as number, id),
      feature,
    };
  }
  return out as RouteFeatures;
}

/** Ports that end a drawn route are the map's lead ports: always shown, larger. */
export function portsForMap(
  ports: FeatureCollection<Point>,
  leadIds: ReadonlySet<string>,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: ports.features.map((f) => {
      const lead = leadIds.has(String(f.properties?.id));
      return {
        ...f,
        properties: {
          id: f.properties?.id,
          name: f.properties?.name,
          lead,
          // Other ports appear once the map is zoomed in enough to give them room.
          minzoom: lead ? 0 : 4,
          // The label's side, fixed by the data build (src/lib/style/point-labels.ts).
          ...(f.properties?.anchor ? { anchor: f.properties.anchor } : {}),
        },
      };
    }),
  };
}
