/**
 * Type-ahead search over the port catalogue: names as people write them ("Madras", "St
 * Petersburg", "JNPT", "vladivostók", "Владивосток"). Case, accents, spaces and punctuation do
 * not matter; a match at the start of a name ranks above one at the start of a word, which ranks
 * above one inside a word.
 */
import type { Port } from '../routing/ports';

/** How a query matched, best first (lower is better). */
export const MATCH_RANK = { exact: 0, prefix: 1, word: 2, substring: 3 } as const;
export type MatchKind = keyof typeof MATCH_RANK;

export interface PortMatch {
  port: Port;
  /** The name or alias that matched (the port's own name when it matched). */
  matched: string;
  kind: MatchKind;
}

/**
 * Folds a name for comparison: accents stripped, lower case, runs of anything but letters and
 * digits removed. Unlike `normalisePortName` it keeps non-Latin letters, so Cyrillic aliases work.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folded start positions of each word of a name ("Nhava Sheva" → the folded offsets 0 and 5). */
function wordStarts(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // The folded text from each word to the end, so "peter" matches "Saint Petersburg".
  return words.map((_, i) => foldName(words.slice(i).join('')));
}

function classify(query: string, name: string): MatchKind | null {
  const folded = foldName(name);
  if (folded === query) return 'exact';
  if (folded.startsWith(query)) return 'prefix';
  if (wordStarts(name).some((w) => w.startsWith(query))) return 'word';
  if (folded.includes(query)) return 'substring';
  return null;
}

/** Ports matching a typed query, best first; an empty query lists the catalogue by name. */
export function searchPorts(ports: readonly Port[], query: string, limit = 8): PortMatch[] {
  const q = foldName(query);
  const byName = (a: PortMatch, b: PortMatch) => a.port.name.localeCompare(b.port.name, 'en');
  if (q === '') {
    return ports
      .map((port): PortMatch => ({ port, matched: port.name, kind: 'prefix' }))
      .sort(byName)
      .slice(0, limit);
  }
  const found: PortMatch[] = [];
  for (const port of ports) {
    let best: PortMatch | null = null;
    // The port's own name first: on equal rank it is the one shown.
    for (const name of [port.name, ...port.aliases, port.id]) {
      const kind = classify(q, name);
      if (kind && (!best || MATCH_RANK[kind] < MATCH_RANK[best.kind])) {
        best = { port, matched: name === port.id ? port.name : name, kind };
      }
    }
    if (best) found.push(best);
  }
  return found
    .sort((a, b) => MATCH_RANK[a.kind] - MATCH_RANK[b.kind] || byName(a, b))
    .slice(0, limit);
}
