/**
 * The boundary of each Emission Control Area as its regulation draws it (src/content/ecas.ts
 * cites each text), as data for scripts/build-ecas.ts. An area is one or more rings; a ring is a
 * list of legs, joined end to start:
 *
 * - `table`: a printed point table, points joined by geodesic lines (the regulation's words);
 * - `line`: two named points joined by a line (Gibraltar, the Dardanelles);
 * - `parallel` / `meridian`: a line of latitude or longitude, straight in longitude/latitude;
 * - `land`: OUR closing points over land, where the regulation's boundary is "the coast". The
 *   build checks that these edges lie on Natural Earth 1:50m land, except the stated crossings
 *   (a river or canal between two seas, where 1:50m has water).
 *
 * Where a parallel or meridian meets the coast, its end is put a little inland, so the coast
 * (not our number) decides where the sea stops.
 */
import { NA_ATLANTIC, NA_HAWAII, NA_PACIFIC, US_CARIBBEAN } from './eca-tables';
import type { EcaId } from '../../src/content/ecas';

export type LonLat = [number, number];

/** A point of a printed table: its number, position and the text it was read from. */
export interface TablePoint {
  n: number;
  lonLat: LonLat;
  text: string;
}

export type Leg =
  | { kind: 'table'; name: string; points: TablePoint[] }
  | { kind: 'line'; name: string; points: [TablePoint, TablePoint] }
  | { kind: 'parallel'; name: string; lat: number; lon: [number, number] }
  | { kind: 'meridian'; name: string; lon: number; lat: [number, number] }
  | {
      kind: 'land';
      name: string;
      points: LonLat[];
      /** Km of its edges allowed on 1:50m water (sampled every km), and why. */
      water?: { km: number; why: string };
    };

export interface EcaDefinition {
  id: EcaId;
  /** Each ring is closed by the build (last point joined to the first). */
  rings: Leg[][];
}

/** Degrees, minutes, seconds → decimal degrees (minutes or seconds of 60 allowed, as printed). */
function dms(d: number, m: number, s: number): number {
  return d + m / 60 + s / 3600;
}

/** Parses a table of lines "n latD latM latS lonD lonM lonS" (north, west). */
export function parseTable(text: string): TablePoint[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const f = line.trim().split(/\s+/).map(Number);
      if (f.length !== 7 || f.some((x) => !Number.isFinite(x)))
        throw new Error(`bad table line "${line}"`);
      const [n, a, b, c, d, e, g] = f as [number, number, number, number, number, number, number];
      return { n, lonLat: [-dms(d, e, g), dms(a, b, c)], text: line.trim() };
    });
}

/** A named point given in degrees and decimal minutes. */
function dm(name: string, lat: [number, number], lon: [number, number], text: string): TablePoint {
  const sign = (v: [number, number]) => Math.sign(v[0]) * (Math.abs(v[0]) + v[1] / 60);
  return { n: 0, lonLat: [sign(lon), sign(lat)], text: `${name} ${text}` };
}

/** The parallel of the Skaw, 57°44.8′ N (Annex I reg. 1.11.2; Annex V reg. 1.14.6). */
export const SKAW_LAT = 57 + 44.8 / 60;

/**
 * The land line between the Baltic and the North Sea, from the Skaw down Jutland and Holstein:
 * shared by both areas (reversed in one), so they neither overlap nor leave a gap. It crosses
 * the Kiel Canal (absent at 1:50m), so the canal's km split between the two.
 */
const JUTLAND: LonLat[] = [
  [10.52, 57.7],
  [10.1, 57.4],
  [9.5, 56.9],
  [9.4, 56.2],
  [9.2, 55.5],
  [9.2, 54.85],
  [9.85, 54.2],
  [10.3, 53.75],
  [10.6, 53.3],
];

const reversed = (points: LonLat[]): LonLat[] => [...points].reverse();

/** At 1:50m the Skaw ends 2 km short of its own parallel: the shared line crosses that water. */
const SKAW_TIP = { km: 4, why: 'the Skaw ends south of 57°44.8′ N at 1:50m' };

const pacific = parseTable(NA_PACIFIC);
const atlantic = parseTable(NA_ATLANTIC);
const hawaii = parseTable(NA_HAWAII);
const caribbean = parseTable(US_CARIBBEAN);

// Mediterranean points (MEPC.361(79), as read: src/content/ecas.ts).
const TRAFALGAR = dm('Cape Trafalgar', [36, 11], [-6, 2], "(36°11'.00 N, 6°02'.00 W)");
const SPARTEL = dm('Cape Spartel', [35, 48], [-5, 55], "(35°48'.00 N, 5°55'.00 W)");
const MEHMETCIK = dm('Mehmetcik Burnu', [40, 3], [26, 11], "(40°03'.00 N, 26°11'.00 E)");
const KUMKALE = dm('Kumkale Burnu', [40, 1], [26, 12], "(40°01'.00 N, 26°12'.00 E)");
const PORT_SAID: TablePoint[] = [
  { ...dm('1', [31, 29], [32, 16], "31°29'.00 N | 32°16'.00 E"), n: 1 },
  { ...dm('2', [31, 29], [32, 28.48], "31°29'.00 N | 32°28'.48 E"), n: 2 },
  { ...dm('3', [31, 14], [32, 32.62], "31°14'.00 N | 32°32'.62 E"), n: 3 },
  { ...dm('4', [31, 14], [32, 16], "31°14'.00 N | 32°16'.00 E"), n: 4 },
];

export const ECA_DEFINITIONS: EcaDefinition[] = [
  {
    id: 'baltic-sea',
    rings: [
      [
        {
          kind: 'parallel',
          name: 'the parallel of the Skaw, 57°44.8′ N, east to Sweden',
          lat: SKAW_LAT,
          lon: [10.52, 12.3],
        },
        {
          kind: 'land',
          name: 'Sweden, round the Gulf of Bothnia, Finland, Russia, the Baltic states, Poland',
          points: [
            [13.5, 59.5],
            [16.5, 62.5],
            [19.0, 64.5],
            [20.5, 66.3],
            [24.0, 66.5],
            [26.5, 65.5],
            [27.5, 63.0],
            [29.0, 61.5],
            [30.9, 60.3],
            [30.8, 59.5],
            [28.0, 57.0],
            [24.0, 54.8],
            [20.0, 53.9],
            [16.0, 53.3],
            [13.0, 53.1],
            [11.3, 53.3],
          ],
        },
        {
          kind: 'land',
          name: 'Holstein and Jutland, back to the Skaw (shared with the North Sea)',
          points: reversed(JUTLAND),
          water: SKAW_TIP,
        },
      ],
    ],
  },
  {
    id: 'north-sea',
    rings: [
      [
        {
          kind: 'land',
          name: 'Jutland and Holstein from the Skaw (shared with the Baltic)',
          points: JUTLAND,
          water: SKAW_TIP,
        },
        {
          kind: 'land',
          name: 'Germany, the Low Countries and France to Brittany',
          points: [
            [10.3, 52.3],
            [7.5, 50.8],
            [4.5, 49.8],
            [1.5, 48.8],
            [-1.5, 48.35],
            [-3.5, 48.4],
          ],
        },
        {
          kind: 'parallel',
          name: 'latitude 48°30′ N, west to 5° W',
          lat: 48.5,
          lon: [-4.45, -5],
        },
        {
          kind: 'meridian',
          name: 'longitude 5° W, north to Cornwall',
          lon: -5,
          lat: [48.5, 50.3],
        },
        {
          kind: 'land',
          name: 'Great Britain from Cornwall to the north coast of Scotland, east of the Irish Sea',
          points: [
            [-4.3, 50.55],
            [-3.3, 50.85],
            [-2.3, 51.3],
            [-2.0, 52.5],
            [-2.6, 54.3],
            [-2.5, 54.8],
            [-3.0, 55.5],
            [-4.1, 56.2],
            [-4.6, 57.0],
            [-4.3, 57.9],
          ],
        },
        {
          kind: 'meridian',
          name: 'longitude 4° W, north to 62° N',
          lon: -4,
          lat: [58.3, 62],
        },
        {
          kind: 'parallel',
          name: 'latitude 62° N, east to Norway',
          lat: 62,
          lon: [-4, 6.5],
        },
        {
          kind: 'land',
          name: 'Norway and Sweden, east of the Oslofjord, to the Swedish west coast',
          points: [
            [8.5, 61.0],
            [11.5, 60.0],
            [12.5, 58.5],
          ],
        },
        {
          kind: 'parallel',
          name: 'the parallel of the Skaw, 57°44.8′ N, west to the Skaw',
          lat: SKAW_LAT,
          lon: [12.3, 10.52],
        },
      ],
    ],
  },
  {
    id: 'north-american',
    rings: [
      [
        { kind: 'table', name: 'appendix VII 2.1 (Pacific), points 1–47', points: pacific },
        {
          kind: 'land',
          name: 'Alaska, Yukon, British Columbia and the western United States, back to point 1',
          points: [
            [-153.6, 58.85],
            [-154.6, 59.3],
            [-154.0, 60.3],
            [-152.8, 61.0],
            [-150.0, 62.5],
            [-146.0, 62.5],
            [-141.0, 61.5],
            [-135.0, 60.5],
            [-129.0, 57.0],
            [-124.0, 52.5],
            [-121.0, 48.8],
            [-120.5, 45.5],
            [-120.0, 40.0],
            [-116.5, 34.0],
            [-116.0, 32.8],
          ],
          water: { km: 10, why: 'point 47 (Cape Douglas) lies 9 km off the 1:50m coast' },
        },
      ],
      [
        {
          kind: 'table',
          name: 'appendix VII 2.2 (Atlantic and Gulf of Mexico), points 1–206',
          points: atlantic,
        },
        {
          kind: 'land',
          name: 'Texas, the Gulf and Atlantic states, Québec and Labrador, back to point 1',
          points: [
            [-98.0, 26.5],
            [-98.0, 28.0],
            [-96.5, 30.5],
            [-91.5, 31.0],
            [-88.0, 31.5],
            [-84.5, 31.0],
            [-82.0, 31.5],
            [-78.5, 35.5],
            [-78.0, 38.5],
            [-77.0, 40.2],
            [-75.0, 42.5],
            [-73.5, 44.5],
            [-72.5, 46.0],
            [-72.7, 46.6],
            [-72.0, 48.0],
            [-68.0, 51.0],
            [-66.0, 55.0],
            [-64.5, 58.5],
            [-64.35, 59.9],
          ],
          water: {
            km: 12,
            why:
              'the St Lawrence, crossed near Trois-Rivières (4 km); point 1 lies 5 km off the ' +
              '1:50m coast of Labrador',
          },
        },
      ],
      [{ kind: 'table', name: 'appendix VII 2.3 (Hawaiian Islands), points 1–45', points: hawaii }],
    ],
  },
  {
    id: 'us-caribbean',
    rings: [[{ kind: 'table', name: 'appendix VII 3.1, points 1–55', points: caribbean }]],
  },
  {
    id: 'mediterranean',
    rings: [
      [
        {
          kind: 'line',
          name: 'the western entrance to the Straits of Gibraltar',
          points: [TRAFALGAR, SPARTEL],
        },
        {
          kind: 'land',
          name: 'North Africa to the Suez Canal',
          points: [
            [-5.5, 35.0],
            [-2.0, 34.2],
            [3.0, 35.6],
            [9.0, 35.5],
            [9.5, 33.5],
            [12.5, 32.0],
            [15.0, 29.5],
            [20.0, 29.5],
            [25.0, 30.5],
            [29.0, 30.0],
            [31.5, 30.5],
            [32.36, 31.08],
          ],
          water: { km: 3, why: 'Cape Spartel lies off the 1:50m coast' },
        },
        {
          kind: 'table',
          name: 'the Port Said area excluded by MEPC.361(79), points 4, 1, 2, 3',
          points: [PORT_SAID[3]!, PORT_SAID[0]!, PORT_SAID[1]!, PORT_SAID[2]!],
        },
        {
          kind: 'land',
          name: 'Sinai, the Levant and Anatolia to the Dardanelles',
          points: [
            [32.55, 31.05],
            [33.5, 30.8],
            [34.9, 31.0],
            [35.7, 33.0],
            [36.6, 35.0],
            [37.2, 36.9],
            [33.0, 37.8],
            [29.5, 38.5],
            [27.5, 39.8],
            [26.7, 39.9],
          ],
          water: {
            km: 26,
            why:
              'point 3 of the Port Said area lies 19 km off the 1:50m coast of Sinai; Kumkale ' +
              'Burnu lies off it too',
          },
        },
        { kind: 'line', name: 'the Strait of Canakkale', points: [KUMKALE, MEHMETCIK] },
        {
          kind: 'land',
          name: 'Gallipoli, Thrace, the Balkans, the Alps, southern France and Spain',
          points: [
            [26.25, 40.12],
            [26.32, 40.25],
            [26.45, 40.38],
            [26.66, 40.5],
            [26.85, 40.6],
            [27.2, 41.2],
            [25.0, 41.5],
            [22.5, 41.6],
            [20.5, 42.0],
            [19.5, 43.0],
            [17.5, 44.0],
            [14.8, 45.7],
            [12.5, 46.0],
            [9.5, 45.0],
            [7.5, 44.8],
            [5.0, 44.2],
            [3.5, 43.9],
            [1.5, 43.0],
            [-0.5, 41.5],
            [-3.0, 39.0],
            [-5.5, 37.5],
          ],
          water: {
            km: 7,
            why: 'Mehmetcik Burnu and Cape Trafalgar lie off the 1:50m coast',
          },
        },
      ],
    ],
  },
];
