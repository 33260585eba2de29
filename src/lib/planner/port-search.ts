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
  /** Per port: harbour size rank × 2^16 + alphabetical rank, one integer to sort ties by. */
  tieRank: Int32Array;
}

/** The folded text from each later word to the end ("Bahia De Valparaiso" → devalparaiso, valparaiso). */
function wordStarts(name: string): string[] {
  const words = name
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .map(foldName);
  const out: string[] = [];
  let tail = '';
  for (let i = words.length - 1; i >= 1; i--) {
    tail = words[i]! + tail;
    if (tail) out.push(tail);
  }
  return out;
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
  const order = ports
    .map((_, i) => i)
    .sort((a, b) => ports[a]!.name.localeCompare(ports[b]!.name, 'en') || a - b);
  const tieRank = new Int32Array(ports.length);
  order.forEach((i, alpha) => {
    const p = ports[i]!;
    tieRank[i] = (p.size ? PORT_SIZES.indexOf(p.size) : PORT_SIZES.length) * 65536 + alpha;
  });
  const index = { entries, byName: order.map((i) => ports[i]!), tieRank };
  indexes.set(ports, index);
  return index;
}

/**
 * Builds a catalogue's search index now (about 0.2 s for the World Port Index), so the reader's
 * first keystroke does not pay for it: call it when the catalogue arrives.
 */
export function preparePortSearch(ports: readonly Port[]): void {
  indexFor(ports);
}

/** Inside a word only from this many characters: one or two letters occur in most names. */
const SUBSTRING_FROM = 3;

function classify(query: string, e: Entry): MatchKind | null {
  if (e.folded === query) return 'exact';
  if (e.folded.startsWith(query)) return 'prefix';
  if (e.words.some((w) => w.startsWith(query))) return 'word';
  if (query.length >= SUBSTRING_FROM && e.folded.includes(query)) return 'substring';
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
  // Best match per port as one integer (kind, then field: lower is better), in typed arrays
  // reused across keystrokes; then one numeric sort of packed keys, no string comparisons.
  const { best, entryOf } = scratch(index, ports.length);
  const hits: number[] = [];
  const entries = index.entries;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const kind = classify(q, e);
    if (!kind) continue;
    const score = MATCH_RANK[kind] * 4 + e.field;
    const i = e.portIndex;
    if (best[i] === NONE) hits.push(i);
    if (score < best[i]!) {
      best[i] = score;
      entryOf[i] = k;
    }
  }
  const keys = new Float64Array(hits.length);
  hits.forEach((i, n) => {
    keys[n] = (best[i]! * 2 ** 20 + index.tieRank[i]!) * 2 ** 13 + n;
  });
  keys.sort();
  const out: PortMatch[] = [];
  for (let n = 0; n < Math.min(limit, keys.length); n++) {
    const i = hits[keys[n]! % 2 ** 13]!;
    const e = entries[entryOf[i]!]!;
    out.push({ port: ports[i]!, matched: e.display, kind: KINDS[best[i]! >> 2]! });
  }
  for (const i of hits) best[i] = NONE;
  return out;
}

const NONE = 255;
const KINDS = Object.keys(MATCH_RANK) as MatchKind[];
const scratches = new WeakMap<SearchIndex, { best: Uint8Array; entryOf: Int32Array }>();

/** Per-catalogue scratch arrays, all NONE between searches. */
function scratch(index: SearchIndex, n: number) {
  let s = scratches.get(index);
  if (!s) {
    s = { best: new Uint8Array(n).fill(NONE), entryOf: new Int32Array(n) };
    scratches.set(index, s);
  }
  return s;
}
