/**
 * The catalogue of named sea passages. The first twelve are the `pass` labels of Eurostat's
 * marnet; sunda, lombok and hormuz are derived by geometry in scripts/build-network.ts (an edge
 * belongs to the strait when it crosses the strait's documented shore-to-shore gate line).
 */

export const PASSAGE_IDS = [
  'suez',
  'panama',
  'malacca',
  'gibraltar',
  'dover',
  'bering',
  'magellan',
  'babelmandeb',
  'kiel',
  'corinth',
  'northwest',
  'northeast',
  'sunda',
  'lombok',
  'hormuz',
] as const;
export type PassageId = (typeof PASSAGE_IDS)[number];

export interface Passage {
  id: PassageId;
  name: string;
  /** Closed unless a query opens it (seasonal ice routes, canals too small for most ships). */
  closedByDefault: boolean;
  /** Where the label comes from. */
  origin: 'marnet' | 'derived';
  /** Why it is closed by default, when it is. */
  note?: string;
}

export const PASSAGES: Record<PassageId, Passage> = {
  suez: { id: 'suez', name: 'Suez Canal', closedByDefault: false, origin: 'marnet' },
  panama: { id: 'panama', name: 'Panama Canal', closedByDefault: false, origin: 'marnet' },
  malacca: { id: 'malacca', name: 'Strait of Malacca', closedByDefault: false, origin: 'marnet' },
  gibraltar: {
    id: 'gibraltar',
    name: 'Strait of Gibraltar',
    closedByDefault: false,
    origin: 'marnet',
  },
  dover: { id: 'dover', name: 'Strait of Dover', closedByDefault: false, origin: 'marnet' },
  bering: { id: 'bering', name: 'Bering Strait', closedByDefault: false, origin: 'marnet' },
  magellan: {
    id: 'magellan',
    name: 'Strait of Magellan',
    closedByDefault: false,
    origin: 'marnet',
  },
  babelmandeb: {
    id: 'babelmandeb',
    name: 'Bab-el-Mandeb',
    closedByDefault: false,
    origin: 'marnet',
  },
  kiel: {
    id: 'kiel',
    name: 'Kiel Canal',
    closedByDefault: true,
    origin: 'marnet',
    note: 'Canal with size limits; closed by default as in Eurostat SeaRoute.',
  },
  corinth: {
    id: 'corinth',
    name: 'Corinth Canal',
    closedByDefault: true,
    origin: 'marnet',
    note: 'Canal too narrow for most merchant ships.',
  },
  northwest: {
    id: 'northwest',
    name: 'Northwest Passage',
    closedByDefault: true,
    origin: 'marnet',
    note: 'Seasonal, ice-dependent route.',
  },
  northeast: {
    id: 'northeast',
    name: 'Northern Sea Route',
    closedByDefault: true,
    origin: 'marnet',
    note: 'Seasonal, ice-dependent route along the Russian Arctic coast.',
  },
  sunda: { id: 'sunda', name: 'Sunda Strait', closedByDefault: false, origin: 'derived' },
  lombok: { id: 'lombok', name: 'Lombok Strait', closedByDefault: false, origin: 'derived' },
  hormuz: { id: 'hormuz', name: 'Strait of Hormuz', closedByDefault: false, origin: 'derived' },
};

/** The passages that are canals: a route pays canal dues once for each it passes (issue #17). */
export const CANALS = ['suez', 'panama', 'kiel', 'corinth'] as const satisfies readonly PassageId[];

/** How many canal transits a route's passages make. */
export function canalTransits(passages: readonly string[]): number {
  return passages.filter((id) => (CANALS as readonly string[]).includes(id)).length;
}

/** Type guard for passage ids coming from user input (CLI flags, URLs). */
export function isPassageId(value: unknown): value is PassageId {
  return typeof value === 'string' && (PASSAGE_IDS as readonly string[]).includes(value);
}

/** Passage code stored per edge in the compiled network: 0 = none, i + 1 = PASSAGE_IDS[i]. */
export function passageCode(id: PassageId): number {
  return PASSAGE_IDS.indexOf(id) + 1;
}

/**
 * The passages named by a path's passage codes (0 = none), each once, in the order the path
 * first reaches them: how a route reports its passages, wherever it was searched.
 */
export function passagesInOrder(codes: readonly number[]): PassageId[] {
  const passages: PassageId[] = [];
  for (const code of codes) {
    const id = code ? PASSAGE_IDS[code - 1] : undefined;
    if (id && !passages.includes(id)) passages.push(id);
  }
  return passages;
}
