/**
 * Named views (issue #6) as data. A preset frames bounds rather than fixing a zoom, so it fits a
 * phone and a desktop alike; bounds are [[west, south], [east, north]] in degrees, and east may
 * pass 180 when a view spans the antimeridian (MapLibre's LngLatBounds convention).
 */
import type { ClaimId, LayerId, PanelId, PresetId } from './ids';
import { PRESET_IDS } from './ids';

export type LngLatPair = readonly [lng: number, lat: number];

export interface PresetCamera {
  readonly bounds: readonly [southWest: LngLatPair, northEast: LngLatPair];
  readonly bearing?: number;
  readonly pitch?: number;
}

export interface Preset {
  readonly id: PresetId;
  readonly title: string;
  /** One line for the preset menu. */
  readonly description: string;
  readonly camera: PresetCamera;
  /** Layers shown (emphasised) while the preset is active and the link has no `layers=`. */
  readonly layers: readonly LayerId[];
  /** Claim card opened with the preset. */
  readonly claim?: ClaimId;
  /** Side panel opened with the preset. */
  readonly panel?: PanelId;
}

// Framed places (Natural Earth 1:10m ports, rounded): Madras/Chennai 80.3,13.1; Vladivostok
// 131.9,43.1; Bombay/Mumbai 72.8,18.8; Gibraltar −5.4,36.1; Singapore 103.7,1.3; St Petersburg
// 30.3,59.9 (Natural Earth 1:50m places). The Far East box is the extent of
// the upstream russia_far_east_subjects.geojson (98.6–191.0°E with Chukotka unwrapped,
// 42.3–76.2°N); Primorsky spans 130.4–139.0°E, 42.3–48.5°N. Margins are added around each.
export const PRESETS: Record<PresetId, Preset> = {
  overview: {
    id: 'overview',
    title: 'Overview',
    description: 'India to the Russian Far East: the whole corridor and the regions it serves.',
    camera: {
      bounds: [
        [66, 2],
        [191, 72],
      ],
    },
    layers: ['corridor', 'regions', 'ports', 'claims'],
  },
  corridor: {
    id: 'corridor',
    title: 'Chennai–Vladivostok corridor',
    description: 'The eastern sea route from Chennai through Malacca to Vladivostok.',
    camera: {
      bounds: [
        [76, -2],
        [137, 46],
      ],
    },
    layers: ['corridor', 'ports'],
    claim: 'chennai-vladivostok',
    panel: 'routes',
  },
  comparison: {
    id: 'comparison',
    title: 'Corridor vs the Suez route',
    description:
      'The eastern corridor beside the western route from Mumbai via Suez to St Petersburg.',
    camera: {
      bounds: [
        [-12, -2],
        [137, 62],
      ],
    },
    layers: ['corridor', 'comparison', 'ports'],
    panel: 'routes',
  },
  malacca: {
    id: 'malacca',
    title: 'Strait of Malacca',
    description: 'The corridor’s chokepoint between Sumatra and Malaysia, down to Singapore.',
    camera: {
      bounds: [
        [94.5, -1.5],
        [106, 7.5],
      ],
    },
    layers: ['corridor', 'variant', 'ports'],
  },
  'far-east': {
    id: 'far-east',
    title: 'Russian Far East',
    description: 'The 11 regions of the Far Eastern Federal District, from Buryatia to Chukotka.',
    camera: {
      bounds: [
        [98, 41.5],
        [191.5, 77],
      ],
    },
    layers: ['regions', 'corridor', 'claims'],
    claim: 'vibrant-gujarat',
  },
  vladivostok: {
    id: 'vladivostok',
    title: 'Vladivostok and Primorsky',
    description: 'The corridor’s eastern end: Vladivostok and the Primorsky region.',
    camera: {
      bounds: [
        [129.8, 41.9],
        [139.6, 48.8],
      ],
    },
    layers: ['corridor', 'ports', 'regions', 'claims'],
  },
};

/** Presets in menu order (the order of PRESET_IDS). */
export const PRESET_LIST: readonly Preset[] = PRESET_IDS.map((id) => PRESETS[id]);
