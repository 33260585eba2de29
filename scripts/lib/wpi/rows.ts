/**
 * Row-level rules for the World Port Index: duplicate rows (one WPI number twice) and LOCODEs
 * the WPI gives to two ports. Pure; tested in tests/ports/rows.test.ts.
 */
import { geodesicKm } from '../../../src/lib/routing/geodesic';
import { SIZE_RANK, uniqueAliases } from './clean';
import type { PortSize as HarbourSize } from '../../../src/lib/routing/ports';

/** One WPI row after the cell rules. */
export interface WpiPort {
  wpi: number;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  locode?: string;
  size?: HarbourSize;
  harbourType?: string;
  maxDraftM?: number;
  maxLengthM?: number;
  maxBeamM?: number;
  ice?: boolean;
  /** WPI "World Water Body", e.g. "Lake Superior; Great Lakes". */
  waterBody?: string;
  lon: number;
  lat: number;
}

/** How many facts a row gives: of two copies of a row, the fuller one is kept. */
function filled(p: WpiPort): number {
  return Object.values(p).filter((v) => v !== undefined && v !== '').length + p.aliases.length;
}

/**
 * Rows that repeat a WPI number are one port written twice ("Machilipatnam" 49460, "Seydisfjordur"
 * / "Seydhisfjordhur" 400): the fuller row is kept, and the other's names become aliases of it.
 * Returns the kept rows, in input order, and the WPI numbers that were repeated.
 */
export function dedupeRows(rows: readonly WpiPort[]): { rows: WpiPort[]; repeated: number[] } {
  const byWpi = new Map<number, WpiPort[]>();
  for (const r of rows) byWpi.set(r.wpi, [...(byWpi.get(r.wpi) ?? []), r]);
  const repeated: number[] = [];
  const kept = new Set<WpiPort>();
  const merged = new Map<WpiPort, WpiPort>();
  for (const [wpi, copies] of byWpi) {
    if (copies.length === 1) {
      kept.add(copies[0]!);
      continue;
    }
    repeated.push(wpi);
    const best = copies.reduce((a, b) => (filled(b) > filled(a) ? b : a));
    const names = copies.flatMap((c) => [c.name, ...c.aliases]);
    kept.add(best);
    merged.set(best, { ...best, aliases: uniqueAliases(best.name, names) });
  }
  return { rows: rows.filter((r) => kept.has(r)).map((r) => merged.get(r) ?? r), repeated };
}

/** Larger harbour first; then the longer ship it takes; then the lower WPI number. */
export function largerFirst(a: WpiPort, b: WpiPort): number {
  const rank = (p: WpiPort) => (p.size ? SIZE_RANK[p.size] : 4);
  return rank(a) - rank(b) || (b.maxLengthM ?? 0) - (a.maxLengthM ?? 0) || a.wpi - b.wpi;
}

export interface RepeatedLocode {
  locode: string;
  /** The port that keeps the LOCODE as its id (the larger harbour). */
  owner: number;
  /** The others: they keep the LOCODE as a fact but are known by `wpi-<n>`. */
  others: number[];
}

/**
 * Groups the ports that share a LOCODE ("INKRI": Krishnapatnam and Kattupalli); in each group the
 * larger harbour owns the LOCODE.
 */
export function repeatedLocodes(rows: readonly WpiPort[]): RepeatedLocode[] {
  const by = new Map<string, WpiPort[]>();
  for (const r of rows) if (r.locode) by.set(r.locode, [...(by.get(r.locode) ?? []), r]);
  const out: RepeatedLocode[] = [];
  for (const [locode, ports] of by) {
    if (ports.length < 2) continue;
    const [owner, ...others] = [...ports].sort(largerFirst);
    out.push({ locode, owner: owner!.wpi, others: others.map((o) => o.wpi) });
  }
  return out.sort((a, b) => a.locode.localeCompare(b.locode));
}

/** A swapped position lies this far from every other port of its country… */
export const SWAP_FAR_KM = 1000;
/** …and, swapped back, this close to one. */
export const SWAP_NEAR_KM = 200;

/**
 * Rows whose latitude and longitude were given the wrong way round although both are in range:
 * as given, the port is more than SWAP_FAR_KM from every other port of its country, and swapped
 * back it is within SWAP_NEAR_KM of one. Returns the rows with those positions swapped back and
 * the WPI numbers changed.
 */
export function swappedAmongNeighbours(rows: readonly WpiPort[]): {
  rows: WpiPort[];
  swapped: number[];
} {
  const byCountry = new Map<string, WpiPort[]>();
  for (const r of rows) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
  const nearest = (self: WpiPort, lon: number, lat: number) => {
    let best = Infinity;
    for (const o of byCountry.get(self.country)!) {
      if (o !== self) best = Math.min(best, geodesicKm(lon, lat, o.lon, o.lat));
    }
    return best;
  };
  const swapped: number[] = [];
  const out = rows.map((r) => {
    if (Math.abs(r.lon) > 90 || nearest(r, r.lon, r.lat) <= SWAP_FAR_KM) return r;
    if (nearest(r, r.lat, r.lon) > SWAP_NEAR_KM) return r;
    swapped.push(r.wpi);
    return { ...r, lon: r.lat, lat: r.lon };
  });
  return { rows: out, swapped };
}
