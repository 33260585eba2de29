/**
 * Type-ahead search over a port catalogue (the 47 curated ports or the ~3,800 of the World Port
 * Index): names as people write them ("Madras", "St Petersburg", "JNPT", "vladivostók",
 * "Владивосток", "Valparaiso"), and UN/LOCODEs with or without the space ("INMAA", "IN MAA").
 * Case, accents, spaces and punctuation do not matter. Ranking, best first: how the query matched
 * (the whole name, its start, the start of a later word, inside a word), then what it matched
 * (main name, then another name, then the LOCODE, then the id), then the larger harbour, then
 * the name. The folded names are computed once per catalogue, so a keystroke over the whole
 * World Port Index stays in a few milliseconds (`npm run bench -- ports`).
 */
import { foldName, PORT_SIZES, type Port } from '../routing/ports';

export { foldName };

/** How a query matched, best first (lower is better). */
export const MATCH_RANK = { exact: 0, prefix: 1, word: 2, substring: 3 } as const;
export type MatchKind = keyof typeof MATCH_RANK;

export interface PortMatch {
  port: Port;
  /** The name or alias that matched (the port's own name when its name, LOCODE or id did). */
  matched: string;
  kind: MatchKind;
}

/** Which field of a port a name came from, best first. */
const FIELD = { name: 0, alias: 1, locode: 2, id: 3 } as const;

interface Entry {
  port: Port;
  portIndex: number;
  folded: string;
  /** The folded text from each later word to the end, so "peter" matches "Saint Petersburg". */
  words: string[];
  field: number;
  display: string;
}

interface SearchIndex {
  entries: Entry[];
  byName: Port[];
  size: number[];
}

function wordStarts(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.slice(1).map((_, i) => foldName(words.slice(i + 1).join('')));
}

const indexes = new WeakMap<readonly Port[], SearchIndex>();

function indexFor(ports: readonly Port[]): SearchIndex {
  const hit = indexes.get(ports);
  if (hit) return hit;
  const entries: Entry[] = [];
  ports.forEach((port, portIndex) => {
    const names: [string, number, string][] = [
      [port.name, FIELD.name, port.name],
      ...port.aliases.map((a): [string, number, string] => [a, FIELD.alias, a]),
      ...(port.locode ? [[port.locode, FIELD.locode, port.name] as [string, number, string]] : []),
      [port.id, FIELD.id, port.name],
    ];
    for (const [name, field, display] of names) {
      const folded = foldName(name);
      if (folded)
        entries.push({ port, portIndex, folded, words: wordStarts(name), field, display });
    }
  });
  const byName = [...ports].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const size = ports.map((p) => (p.size ? PORT_SIZES.indexOf(p.size) : PORT_SIZES.length));
  const index = { entries, byName, size };
  indexes.set(ports, index);
  return index;
}

function classify(query: string, e: Entry): MatchKind | null {
  if (e.folded === query) return 'exact';
  if (e.folded.startsWith(query)) return 'prefix';
  if (e.words.some((w) => w.startsWith(query))) return 'word';
  if (e.folded.includes(query)) return 'substring';
  return null;
}

/** Ports matching a typed query, best first; an empty query lists the catalogue by name. */
export function searchPorts(ports: readonly Port[], query: string, limit = 8): PortMatch[] {
  const index = indexFor(ports);
  const q = foldName(query);
  if (q === '') {
    return index.byName
      .slice(0, limit)
      .map((port): PortMatch => ({ port, matched: port.name, kind: 'prefix' }));
  }
  const best = new Map<number, { kind: MatchKind; field: number; display: string }>();
  for (const e of index.entries) {
    const kind = classify(q, e);
    if (!kind) continue;
    const had = best.get(e.portIndex);
    if (
      !had ||
      MATCH_RANK[kind] < MATCH_RANK[had.kind] ||
      (MATCH_RANK[kind] === MATCH_RANK[had.kind] && e.field < had.field)
    ) {
      best.set(e.portIndex, { kind, field: e.field, display: e.display });
    }
  }
  return [...best]
    .sort(
      ([ia, a], [ib, b]) =>
        MATCH_RANK[a.kind] - MATCH_RANK[b.kind] ||
        a.field - b.field ||
        index.size[ia]! - index.size[ib]! ||
        ports[ia]!.name.localeCompare(ports[ib]!.name, 'en') ||
        ia - ib,
    )
    .slice(0, limit)
    .map(([i, m]) => ({ port: ports[i]!, matched: m.display, kind: m.kind }));
}
