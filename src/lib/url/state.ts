/**
 * The app state that lives in the URL hash (docs/url-format.md, version 1): types, defaults and
 * limits. Everything here is plain data; the codec (codec.ts) turns it into a hash and back.
 */
import type { ClaimId, LayerId, PanelId, PresetId } from '../../content/ids';
import { DEFAULT_FUEL, type FuelId } from '../../content/fuels';
import { DEFAULT_VESSEL, type VesselId } from '../../content/vessels';
import type { PassageId } from '../routing/passages';
import { DRAFT_RANGE_M, MAX_VIA } from '../routing/voyage-limits';
import type { Locale } from '../i18n/locales';

/** Version of the hash format written by serializeHash. A link without `v=` is version 1. */
export const URL_FORMAT_VERSION = 1;

export { PANEL_IDS, type PanelId } from '../../content/ids';

/** The camera in MapLibre's terms: degrees, zoom levels. */
export interface Camera {
  readonly zoom: number;
  readonly lat: number;
  readonly lng: number;
  /** Degrees clockwise from north, in (−180, 180]. */
  readonly bearing: number;
  /** Degrees from vertical, 0–85. */
  readonly pitch: number;
}

/** A planner endpoint: a port from the port catalogue, or a point clicked at sea. */
export type Place =
  | { readonly kind: 'port'; readonly id: string }
  | { readonly kind: 'point'; readonly lng: number; readonly lat: number };

/** What a voyage adds to a route's ends and passages (issue #30). */
export interface VoyageSettings {
  /** Ports called at on the way, in order (port ids), at most MAX_VIA. */
  readonly via: readonly string[];
  /** Passages the route must pass (sorted). */
  readonly through: readonly PassageId[];
  /** The ship's draft in metres, one decimal; null = not given (no draft check). */
  readonly draft: number | null;
  /** Month of the voyage, 1–12; null = not given (no season check). */
  readonly month: number | null;
}

/** No stops, nothing forced, no draft, no month: a plain route. */
export const PLAIN_VOYAGE: VoyageSettings = Object.freeze({
  via: Object.freeze([]) as readonly string[],
  through: Object.freeze([]) as readonly PassageId[],
  draft: null,
  month: null,
});

export { MAX_VIA };

/**
 * A route pinned in the planner for comparison: two places, the passages closed or opened, and
 * the voyage settings it has (one without them is a plain route, as pins were before issue #30).
 */
export interface PinnedRoute extends Partial<VoyageSettings> {
  readonly from: Place;
  readonly to: Place;
  readonly avoid: readonly PassageId[];
  readonly open: readonly PassageId[];
}

/** The map's projection (URL key `proj`). */
export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];

/** At most this many routes are pinned side by side. */
export const MAX_PINS = 3;

/**
 * Everything a shared link carries. `null` means "not given": the app derives it (see
 * docs/url-format.md, "Precedence"). Lists are canonical: sorted (layers in LAYER_IDS order,
 * passages alphabetically) and without duplicates, so equal states serialise identically.
 */
export interface UrlState extends VoyageSettings {
  /** Explicit camera (`map=`); null while the view is a framing derived from `view`/`claim`. */
  readonly camera: Camera | null;
  readonly view: PresetId;
  readonly claim: ClaimId | null;
  readonly panel: PanelId | null;
  /** Layers shown; null = the preset's own layers. An empty list means all switched off. */
  readonly layers: readonly LayerId[] | null;
  /** Speed for transit times, knots. */
  readonly speed: number;
  /** Port and canal allowance added to transit times, days. */
  readonly allowance: number;
  readonly from: Place | null;
  readonly to: Place | null;
  /** Passages the planner must avoid. */
  readonly avoid: readonly PassageId[];
  /** Passages the planner may use although they are closed by default (e.g. northeast). */
  readonly open: readonly PassageId[];
  /** Routes pinned in the planner for comparison, at most MAX_PINS. */
  readonly pins: readonly PinnedRoute[];
  /** Step of the guided tour, 1-based; null outside the tour. */
  readonly tour: number | null;
  readonly projection: Projection;
  /** The map without the atlas's chrome, for an iframe (URL key `embed=1`). */
  readonly embed: boolean;
  /** Vessel profile of the fuel and cost figures (src/content/vessels.ts). */
  readonly vessel: VesselId;
  readonly fuel: FuelId;
  /** A scrubber is fitted (URL key `scrub=1`): the chosen fuel is burned inside ECAs too. */
  readonly scrubber: boolean;
  /** Fuel price, USD per tonne; null = the fuel's published default (src/content/fuels.ts). */
  readonly price: number | null;
  /** Canal dues the reader typed in, USD per canal transit (no tariff is assumed: default 0). */
  readonly dues: number;
  /** Interface language (`lang=`); null = not given: the browser's first one the atlas speaks. */
  readonly lang: Locale | null;
}

/** A camera that frames a region rather than fixing a zoom, so it fits a phone and a desktop. */
export interface BoundsCamera {
  /** [[west, south], [east, north]]; east may pass 180 (MapLibre's LngLatBounds convention). */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  readonly bearing?: number;
  readonly pitch?: number;
}

/** Known ids that come from data files, not code; passed in so the codec stays decoupled. */
export interface UrlCatalogues {
  readonly portIds: ReadonlySet<string>;
}

/** Limits of every number in the hash; values outside are clamped (see docs/url-format.md). */
export const LIMITS = {
  zoom: { min: 0, max: 22 },
  /** Web Mercator's latitude limit: MapLibre cannot show the poles. */
  lat: { min: -85.051129, max: 85.051129 },
  pitch: { min: 0, max: 85 },
  speed: { min: 8, max: 25 },
  allowance: { min: 0, max: 10 },
  /** USD per canal transit; the upper bound only catches typos (Suez transits cost well under it). */
  dues: { min: 0, max: 10_000_000 },
  /** A ship's draft, metres: input validation (src/lib/routing/voyage-limits.ts). */
  draft: DRAFT_RANGE_M,
} as const;

/** Default speed, knots: a modelling choice inside the Routes panel's 8–25 kn range. */
export const DEFAULT_SPEED_KN = 14;
/** Default port/canal allowance, days: a modelling choice, not a sourced figure. */
export const DEFAULT_ALLOWANCE_DAYS = 2;
/** The view a link without `view=` opens. */
export const DEFAULT_VIEW: PresetId = 'overview';

/** The state of an empty hash. */
export const DEFAULT_STATE: UrlState = Object.freeze({
  camera: null,
  view: DEFAULT_VIEW,
  claim: null,
  panel: null,
  layers: null,
  speed: DEFAULT_SPEED_KN,
  allowance: DEFAULT_ALLOWANCE_DAYS,
  from: null,
  to: null,
  avoid: Object.freeze([]) as readonly PassageId[],
  open: Object.freeze([]) as readonly PassageId[],
  pins: Object.freeze([]) as readonly PinnedRoute[],
  tour: null,
  projection: 'mercator',
  embed: false,
  vessel: DEFAULT_VESSEL,
  fuel: DEFAULT_FUEL,
  scrubber: false,
  price: null,
  dues: 0,
  ...PLAIN_VOYAGE,
  lang: null,
});
