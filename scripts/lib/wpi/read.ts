/**
 * One World Port Index CSV record → a cleaned port (scripts/lib/wpi/clean.ts has the rules), or
 * the reason it was left out. Pure.
 */
import {
  alternateNames,
  cell,
  checkCoordinates,
  harbourSize,
  locodeForCountry,
  normaliseLocode,
  positiveMetres,
  linkingWordsLowerCase,
  splitMainName,
  uniqueAliases,
  wpiNumber,
  yesNo,
} from './clean';
import { countryCode } from './country';
import type { WpiPort } from './rows';

/** What each rule did, for the build's summary. */
export interface ReadStats {
  rows: number;
  blankCells: number;
  locodeSpaceRemoved: number;
  locodeInvalid: string[];
  locodeWrongCountry: string[];
  namesSplit: number;
  /** Names whose linking words were lowered ("Rio De Janeiro" → "Rio de Janeiro"). */
  linkingWordsLowered: number;
  swapped: string[];
  impossible: string[];
  unknownCountry: string[];
}

export function emptyStats(): ReadStats {
  return {
    rows: 0,
    blankCells: 0,
    locodeSpaceRemoved: 0,
    locodeInvalid: [],
    locodeWrongCountry: [],
    namesSplit: 0,
    linkingWordsLowered: 0,
    swapped: [],
    impossible: [],
    unknownCountry: [],
  };
}

/** Reads one record; counts what the rules did in `stats`. */
export function readRecord(r: Record<string, string>, stats: ReadStats): WpiPort | null {
  stats.rows++;
  for (const v of Object.values(r)) if (v !== '' && cell(v) === '') stats.blankCells++;
  const label = `${cell(r['Main Port Name'])} (WPI ${cell(r['World Port Index Number'])})`;
  const wpi = wpiNumber(r['World Port Index Number'] ?? '');
  const countryText = cell(r['Country Code']);
  const country = countryCode(countryText);
  if (!wpi || !country) {
    stats.unknownCountry.push(`${label}: "${countryText}"`);
    return null;
  }
  const at = checkCoordinates(r['Latitude'] ?? '', r['Longitude'] ?? '');
  if (!at.ok) {
    stats.impossible.push(`${label}: ${at.problem}`);
    return null;
  }
  if (at.swapped) stats.swapped.push(label);
  const rawLocode = cell(r['UN/LOCODE']);
  const normalised = normaliseLocode(rawLocode);
  if (rawLocode && !normalised) stats.locodeInvalid.push(`${label}: "${rawLocode}"`);
  if (normalised && rawLocode.includes(' ')) stats.locodeSpaceRemoved++;
  const locode = locodeForCountry(normalised, country);
  if (normalised && !locode) stats.locodeWrongCountry.push(`${label}: ${normalised} ≠ ${country}`);
  const split = splitMainName(r['Main Port Name'] ?? '', countryText);
  if (split.other.length) stats.namesSplit++;
  const name = linkingWordsLowerCase(split.name);
  if (name !== split.name) stats.linkingWordsLowered++;
  const port: WpiPort = {
    wpi,
    name,
    aliases: uniqueAliases(
      name,
      [...split.other, ...alternateNames(r['Alternate Port Name'] ?? '')].map(
        linkingWordsLowerCase,
      ),
    ),
    country,
    lon: at.lon,
    lat: at.lat,
  };
  const optional: Partial<WpiPort> = {
    locode,
    size: harbourSize(r['Harbor Size'] ?? ''),
    harbourType: cell(r['Harbor Type']) || undefined,
    maxDraftM: positiveMetres(r['Maximum Vessel Draft (m)'] ?? ''),
    maxLengthM: positiveMetres(r['Maximum Vessel Length (m)'] ?? ''),
    maxBeamM: positiveMetres(r['Maximum Vessel Beam (m)'] ?? ''),
    ice: yesNo(r['Entrance Restriction - Ice'] ?? ''),
    waterBody: cell(r['World Water Body']) || undefined,
  };
  for (const [k, v] of Object.entries(optional))
    if (v !== undefined) Object.assign(port, { [k]: v });
  return port;
}
