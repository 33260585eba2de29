/**
 * Finding a port from what a person types: an id (`chennai`, `inmaa`, `wpi-49454-5`), a
 * UN/LOCODE with or without its space (`INMAA`, `IN MAA`), or a name, alternate or old name
 * (`Madras`, `Valparaiso`), case and accents ignored. A name that several ports share gives the
 * candidates; an unknown one gives the nearest matches. Ids published before the world catalogue
 * (the curated ones) keep working, and so do their names and aliases, which win over a WPI port
 * of the same name.
 */
import { foldName, PORT_SIZES, WPI_SOURCE, type Port } from './ports';

export type PortLookup =
  | { kind: 'port'; port: Port; note?: string }
  | { kind: 'ambiguous'; candidates: Port[] }
  | { kind: 'unknown'; nearest: Port[] };

export interface PortIndex {
  resolve(query: string): PortLookup;
  /** The port when the query names exactly one, else undefined. */
  get(query: string): Port | undefined;
}

const LOCODE_TYPED = /^[A-Z]{2} ?[A-Z2-9]{3}$/;
const sizeRank = (p: Port) => (p.size ? PORT_SIZES.indexOf(p.size) : PORT_SIZES.length);
/** Larger harbours first, then by name. */
export const largerFirst = (a: Port, b: Port) =>
  sizeRank(a) - sizeRank(b) || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

let regionNames: Intl.DisplayNames | undefined;

/** English name of an ISO 3166-1 alpha-2 code (CLDR through Intl), or the code itself. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A port as a person can tell it apart: "Vancouver (CAVAN, Canada)". */
export function describePort(p: Port): string {
  return `${p.name} (${[p.locode, countryName(p.country)].filter(Boolean).join(', ')})`;
}

/**
 * Edit distance with transpositions (optimal string alignment), capped: enough to rank near
 * misses ("Santso" → Santos).
 */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Builds the lookup over a catalogue (maps, built once). */
export function createPortIndex(ports: readonly Port[]): PortIndex {
  const byId = new Map<string, Port>();
  const byLocode = new Map<string, Port[]>();
  const curatedNames = new Map<string, Port>();
  const byName = new Map<string, Port[]>();
  // The end of a name from one of its later words ("Bahia De Valparaiso" → "devalparaiso",
  // "valparaiso"), so "Valparaíso" finds the port the WPI calls Bahia De Valparaiso.
  const byEnding = new Map<string, Port[]>();
  const add = (map: Map<string, Port[]>, key: string, p: Port) => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of ports) {
    byId.set(p.id, p);
    if (p.wpi !== undefined) byId.set(`wpi-${String(p.wpi).replace('.', '-')}`, p);
    if (p.locode) byLocode.set(p.locode, [...(byLocode.get(p.locode) ?? []), p]);
    const names = new Set([p.name, ...p.aliases].map(foldName).filter(Boolean));
    for (const name of [p.name, ...p.aliases]) {
      const words = name
        .normalize('NFD')
        .split(/[^\p{L}\p{N}\p{M}]+/u)
        .filter(Boolean);
      for (let i = 1; i < words.length; i++) add(byEnding, foldName(words.slice(i).join('')), p);
    }
    for (const n of names) {
      add(byName, n, p);
      // Curated ports (their own source, not the WPI's) answer for their names, as before.
      if (p.source !== WPI_SOURCE && !curatedNames.has(n)) curatedNames.set(n, p);
    }
  }
  for (const [, list] of byName) list.sort(largerFirst);
  for (const [, list] of byEnding) list.sort(largerFirst);

  const locode = (code: string): PortLookup | undefined => {
    const list = byLocode.get(code);
    if (!list?.length) return undefined;
    const owner = list.find((p) => !p.sharedLocode) ?? [...list].sort(largerFirst)[0]!;
    const others = list.filter((p) => p !== owner);
    if (!others.length) return { kind: 'port', port: owner };
    const names = others.map((p) => `${p.name} (${p.id})`).join(', ');
    return {
      kind: 'port',
      port: owner,
      note: `The World Port Index gives ${code} to ${names} too; resolved to the larger harbour, ${owner.name} (${owner.id}).`,
    };
  };

  const nearest = (q: string): Port[] => {
    const scored: { p: Port; d: number }[] = [];
    const cap = Math.max(2, Math.floor(q.length / 3));
    const seen = new Set<Port>();
    for (const [name, list] of byName) {
      const starts = name.startsWith(q) || (q.length >= 4 && name.includes(q));
      const d = starts ? 0 : distance(q, name, cap);
      if (d > cap) continue;
      for (const p of list) {
        if (seen.has(p)) continue;
        seen.add(p);
        scored.push({ p, d });
      }
    }
    return scored
      .sort((a, b) => a.d - b.d || largerFirst(a.p, b.p))
      .slice(0, 5)
      .map((s) => s.p);
  };

  const resolve = (query: string): PortLookup => {
    const text = query.trim();
    const id = byId.get(text.toLowerCase());
    // A curated id wins over everything; a LOCODE typed as an id goes through the LOCODE, so a
    // repeated LOCODE says how it was resolved; a WPI number (`wpi-12970`) is its port.
    if (id && (id.source !== WPI_SOURCE || !id.locode || text.toUpperCase() !== id.locode)) {
      return { kind: 'port', port: id };
    }
    const typedCode = text.replace(/\s+/g, ' ');
    if (id || LOCODE_TYPED.test(typedCode)) {
      const hit = locode(typedCode.replace(' ', '').toUpperCase());
      if (hit) return hit;
    }
    const q = foldName(text);
    const curated = curatedNames.get(q);
    if (curated) return { kind: 'port', port: curated };
    const named = byName.get(q) ?? [];
    // A main name outranks another port's alternate name ("Sabang" is Sabang, not Toboali,
    // whose WPI alternate name it is).
    const mains = named.filter((p) => foldName(p.name) === q);
    if (mains.length === 1 || named.length === 1)
      return { kind: 'port', port: (mains[0] ?? named[0])! };
    if (named.length > 1) {
      return {
        kind: 'ambiguous',
        candidates: [...mains, ...named.filter((p) => !mains.includes(p))],
      };
    }
    const ending = byEnding.get(q) ?? [];
    if (ending.length === 1) return { kind: 'port', port: ending[0]! };
    if (ending.length > 1) return { kind: 'ambiguous', candidates: ending };
    const code = text.replace(/\s+/g, '').toUpperCase();
    const hit = /^[A-Z]{2}[A-Z2-9]{3}$/.test(code) ? locode(code) : undefined;
    if (hit) return hit;
    return { kind: 'unknown', nearest: q ? nearest(q) : [] };
  };

  return {
    resolve,
    get: (query) => {
      const r = resolve(query);
      return r.kind === 'port' ? r.port : undefined;
    },
  };
}
