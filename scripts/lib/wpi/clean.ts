/**
 * Cleaning rules for the World Port Index (../shared/data/wpi_pub150.csv), one small pure
 * function each, every one unit-tested in tests/ports/clean.test.ts. The flaws they handle are
 * listed in ../shared/data/SOURCES.md.
 */
import type { PortSize as HarbourSize } from '../../../src/lib/routing/ports';

/** Larger first: the order used to break ties and to choose among repeated LOCODEs. */
export const SIZE_RANK: Readonly<Record<HarbourSize, number>> = {
  large: 0,
  medium: 1,
  small: 2,
  'very-small': 3,
};

/** The WPI writes an empty cell as a single space: trimmed, runs of spaces folded to one. */
export function cell(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A UN/LOCODE without its space ("IN MAA" → "INMAA"), upper case. Anything that is not two
 * letters and three letters or digits 2–9 (UN/LOCODE's alphabet), such as "LB", "CL" or
 * `GB ME""`, is no LOCODE: undefined.
 */
export function normaliseLocode(raw: string): string | undefined {
  const code = cell(raw).replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}[A-Z2-9]{3}$/.test(code) ? code : undefined;
}

/**
 * A LOCODE whose first two letters are not the port's country is a typo in the WPI ("JBHBI" for
 * Hibikinada, Japan; St Petersburg, Florida given RULED): undefined, so it is never looked up.
 */
export function locodeForCountry(locode: string | undefined, country: string): string | undefined {
  return locode && locode.startsWith(country) ? locode : undefined;
}

/**
 * Splits a main name with a bracket into the name and its other name: "Chennai (Madras)" →
 * Chennai + Madras, "Keppel - (East Singapore)" → Keppel + East Singapore. A bracket that only
 * repeats the country ("Newport (Canada)") is dropped, not kept as a name.
 */
export function splitMainName(raw: string, countryName: string): { name: string; other: string[] } {
  const text = cell(raw);
  const m = /^(.*?)\s*(?:-\s*)?\(([^()]+)\)\s*$/.exec(text);
  if (!m || !m[1]) return { name: text, other: [] };
  const inner = cell(m[2]);
  const same = inner.toLowerCase() === countryName.toLowerCase();
  return { name: cell(m[1]), other: same || !inner ? [] : [inner] };
}

/**
 * The linking words the WPI capitalises inside a name, lower case as the places write them
 * ("Rio De Janeiro" → "Rio de Janeiro", "Port Of Spain" → "Port of Spain", "Angra Dos Reis",
 * "Castellammare Di Stabia", "Hoek Van Holland", "Villanueva Y Geltru"): Romance, Dutch and
 * English prepositions and conjunctions only, never a name's first or last word. Articles stay
 * as they are (Puerto La Cruz and Ras Al Khaimah write theirs capitalised), and so does a lone
 * "A" (Kizomba A is a terminal's letter, not French "à").
 */
const LINKING_WORDS = new Set([
  'De',
  'Di',
  'Do',
  'Dos',
  'Da',
  'Das',
  'Del',
  'Du',
  'Des',
  'Aux',
  'Au',
  'Sur',
  'Van',
  'Of',
  'The',
  'Y',
]);

export function linkingWordsLowerCase(name: string): string {
  const words = name.split(' ');
  // A linking word links: never the first or the last word (Santa Cruz del Sur, Jazirat Das).
  return words
    .map((word, i) =>
      i > 0 && i < words.length - 1 && LINKING_WORDS.has(word) ? word.toLowerCase() : word,
    )
    .join(' ');
}

/** "Beliapatam; Valarpattam" → both names; empty cells → none. */
export function alternateNames(raw: string): string[] {
  return cell(raw)
    .split(';')
    .map((s) => cell(s))
    .filter(Boolean);
}

/** Aliases without repeats, without the main name itself (compared case-insensitively). */
export function uniqueAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "Very Small" → 'very-small'; an empty cell → undefined. */
export function harbourSize(raw: string): HarbourSize | undefined {
  const key = cell(raw).toLowerCase().replace(/\s+/g, '-');
  return key in SIZE_RANK ? (key as HarbourSize) : undefined;
}

/**
 * A WPI maximum vessel draft, length or beam in metres. 0.0 means "not given": 2,950 of the
 * 3,803 rows give a draft of 0.0 (New York, Kobe and Dalian among them), no cell is blank, and
 * the smallest other draft is 1.8 m (checked on wpi_pub150.csv; NGA's own field definitions were
 * not found in the stored sources). So 0, blanks and non-numbers are undefined.
 */
export function positiveMetres(raw: string): number | undefined {
  const text = cell(raw);
  const x = Number(text);
  return text && Number.isFinite(x) && x > 0 ? Math.round(x * 10) / 10 : undefined;
}

/** "Yes" → true, "No" → false, "Unknown" or blank → undefined. */
export function yesNo(raw: string): boolean | undefined {
  const v = cell(raw).toLowerCase();
  return v === 'yes' ? true : v === 'no' ? false : undefined;
}

/** A WPI number ("49450.0", or "49454.5" for ports added between two) as a number. */
export function wpiNumber(raw: string): number | undefined {
  const x = Number(cell(raw));
  return cell(raw) && Number.isFinite(x) && x > 0 ? x : undefined;
}

/** The URL-safe id of a WPI number: 49454.5 → "wpi-49454-5". */
export function wpiId(wpi: number): string {
  return `wpi-${String(wpi).replace('.', '-')}`;
}

export type CoordinateCheck =
  { ok: true; lon: number; lat: number; swapped: boolean } | { ok: false; problem: string };

/**
 * Reads a latitude and longitude and checks them. Non-numbers, values out of range and (0, 0)
 * (a blank filled with zeros) are impossible; a latitude out of range with a longitude that
 * would be a latitude is a pair given the wrong way round, swapped back. (A swap that leaves
 * both in range is found by `swappedAmongNeighbours` in rows.ts.)
 */
export function checkCoordinates(latRaw: string, lonRaw: string): CoordinateCheck {
  const lat = Number(cell(latRaw));
  const lon = Number(cell(lonRaw));
  if (!cell(latRaw) || !cell(lonRaw) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { ok: false, problem: `not a number: lat "${cell(latRaw)}", lon "${cell(lonRaw)}"` };
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const inRange = (la: number, lo: number) => Math.abs(la) <= 90 && Math.abs(lo) <= 180;
  if (lat === 0 && lon === 0) return { ok: false, problem: 'at 0, 0 (a blank position)' };
  if (inRange(lat, lon)) return { ok: true, lon: round(lon), lat: round(lat), swapped: false };
  return inRange(lon, lat)
    ? { ok: true, lon: round(lat), lat: round(lon), swapped: true }
    : { ok: false, problem: `out of range: lat ${lat}, lon ${lon}` };
}
