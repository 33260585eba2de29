/**
 * Published limits of the passages (issue #30): the largest draft each canal admits, and the
 * season in which the Northern Sea Route admits a ship without ice class. Each value is the
 * figure its source gives, with the source we read it in; a passage whose limit we could not
 * source has none (the Strait of Malacca: its rules set an under-keel clearance, not a draft;
 * the Northwest Passage: no season read). docs/routing.md, "Voyages", lists them.
 */
import { PASSAGES, type PassageId } from './passages';
import type { ClosedPassage } from './route-types';

/** Where a limit comes from, and where we read it. */
export interface LimitSource {
  title: string;
  publisher: string;
  /** Date or edition of the document, as it gives it. */
  date: string;
  url: string;
  /** The figures as the source states them (our paraphrase, with its units). */
  says: string;
}

export interface DraftLimit {
  /** Largest draft admitted, metres. */
  metres: number;
  /** What the limit is of, e.g. "Panama Canal, Neopanamax locks". */
  label: string;
  /** What the single figure leaves out (beam, length, water level, which locks). */
  note: string;
  source: LimitSource;
}

/** A day of the year as month (1–12) and day. */
interface MonthDay {
  month: number;
  day: number;
}

export interface SeasonRule {
  /** First and last day a ship without ice class may be in the passage (inclusive). */
  from: MonthDay;
  to: MonthDay;
  /** The period in words. */
  period: string;
  /** Short name of the rules, for reasons. */
  rules: string;
  /** What the month check cannot tell. */
  note: string;
  source: LimitSource;
}

const FOOT_M = 0.3048;

/** Draft limits by passage; a passage missing here has no sourced limit. */
export const DRAFT_LIMITS: Partial<Record<PassageId, DraftLimit>> = {
  panama: {
    metres: 15.2,
    label: 'Panama Canal, Neopanamax locks',
    note:
      'Tropical Fresh Water draft. A route cannot tell which locks a ship takes, so the larger ' +
      'limit applies: the Neopanamax locks’ 15.2 m; the Panamax locks take 12.04 m. The Canal ' +
      'Authority lowers the Neopanamax limit when Gatun Lake is low.',
    source: {
      title: 'OP Notice to Shipping No. N-1-2013 (Rev 1), “Vessel Requirements”: definitions',
      publisher:
        'Panama Canal Authority (ACP), as quoted by MarineLink, “New Panamax Vessel Requirements”',
      date: '2013',
      url: 'https://marinelink.com/news/requirements-panamax357328',
      says:
        'New Panamax: 366 m long, 49 m beam, 15.2 m TFW draft (the new locks); Panamax: ' +
        '294.13 m, 32.31 m, 12.04 m TFW draft (the old locks).',
    },
  },
  suez: {
    metres: 66 * FOOT_M,
    label: 'Suez Canal',
    note:
      'Loaded ships: the largest draught of Table 2 of the Rules, which lowers it as the beam ' +
      'grows; the beam is not known here.',
    source: {
      title: 'Rules of Navigation, Art. 52–53 (p. 51)',
      publisher: 'Suez Canal Authority',
      date: '2020 edition',
      url: 'https://www.suezcanal.gov.eg/FlipPDFFiles/RulesOfNavigation/files/basic-html/page75.html',
      says: 'Maximum draught by beam in Tables 1–2; ships drawing over 50 ft up to 66 ft need a sea trial on their first passage.',
    },
  },
  kiel: {
    metres: 9.5,
    label: 'Kiel Canal',
    note:
      'For ships up to 160 m long and 27 m wide (or 193 m and 20 m); ships of the largest ' +
      'admitted size, 235 m by 32.5 m, may draw 7.0 m.',
    source: {
      title: 'Schifffahrt (the Kiel Canal’s shipping page)',
      publisher:
        'Wasserstraßen- und Schifffahrtsamt Kiel-Holtenau (German Federal Waterways and Shipping Administration)',
      date: 'undated web page, read December 2026',
      url: 'https://www.wsa-kiel.wsv.de/Webs/WSA/WSA-Kiel-Holtenau/DE/2_Schifffahrt/schifffahrt_node.html',
      says: 'The largest draught in a canal passage is 9.5 m; at 235 m by 32.5 m, 7.0 m.',
    },
  },
  corinth: {
    metres: 7.2,
    label: 'Corinth Canal',
    note: 'For ships under 14 m wide; 6.2 m at 16–16.5 m; no ship over 18.3 m wide.',
    source: {
      title: 'Regulations, Article 2 (Draughts)',
      publisher: 'Corinth Canal S.A. (AEDIK)',
      date: 'undated web page, read December 2026',
      url: 'http://aedik.gr/regulations/?lang=en',
      says: 'Maximum draught 7.20 m for ships under 14.00 m wide, less for wider ones.',
    },
  },
};

/** Seasons by passage for a ship without ice class; a passage missing here has none. */
export const SEASONS: Partial<Record<PassageId, SeasonRule>> = {
  northeast: {
    from: { month: 7, day: 1 },
    to: { month: 11, day: 15 },
    period: 'July to 15 November',
    rules:
      'Russian Ministry of Transport Order No. 7 of 17 January 2013, as amended on 9 January 2017',
    note:
      'Within the period the rules also set ice conditions, sea area by sea area, that this ' +
      'planner cannot check. These are the rules of 2013 as amended in 2017, which Government ' +
      'Decree No. 1487 of 18 September 2020 replaced; we could not read the 2020 rules’ ' +
      'admission criteria, so their dates are not checked here.',
    source: {
      title:
        'Rules of navigation in the water area of the Northern Sea Route (Order No. 7 of 17 ' +
        'January 2013), Annex 2, criteria for admission of ships, as amended by Order No. 5 of 9 ' +
        'January 2017',
      publisher: 'Ministry of Transport of the Russian Federation, as published by ConsultantPlus',
      date: '2013, amended 2017; no longer in force',
      url: 'https://consultant.ru/document/cons_doc_LAW_145233/8b31dfea38c6192f707b1db75e917dc3f4613282',
      says:
        'Ships without ice strengthening (and ice classes Ice1–Ice3): navigation period July ' +
        'to 15 November; navigation from 16 November to 31 December and from January to June ' +
        'prohibited.',
    },
  },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A month's English name (1 = January). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** Metres to one decimal, without a trailing ".0" for whole numbers (16, 15.2). */
export function formatMetres(m: number): string {
  return `${Number(m.toFixed(1))} m`;
}

/** One line naming a source: title, publisher, date, address. */
export function sourceLine(s: LimitSource): string {
  return `${s.title}; ${s.publisher}; ${s.date}; ${s.url}`;
}

/** The closure of `id` for a ship of `draftM` metres, or null if its limit admits it. */
export function draftClosure(id: PassageId, draftM: number): ClosedPassage | null {
  const limit = DRAFT_LIMITS[id];
  if (!limit || draftM <= limit.metres) return null;
  return {
    id,
    by: 'draft',
    reason: `${limit.label}: ${formatMetres(limit.metres)}, less than the ${formatMetres(draftM)} draft`,
    source: sourceLine(limit.source),
  };
}

const dayOfYear = ({ month, day }: MonthDay) => month * 32 + day;

/** Whether any day of `month` lies in the rule's period (a partly open month counts as open). */
function inSeason(rule: SeasonRule, month: number): boolean {
  return (
    dayOfYear({ month, day: 31 }) >= dayOfYear(rule.from) &&
    dayOfYear({ month, day: 1 }) <= dayOfYear(rule.to)
  );
}

/** The closure of `id` in `month` for a ship without ice class, or null if its season allows it. */
export function seasonClosure(id: PassageId, month: number): ClosedPassage | null {
  const rule = SEASONS[id];
  if (!rule || inSeason(rule, month)) return null;
  return {
    id,
    by: 'season',
    reason:
      `${PASSAGES[id].name}: closed in ${monthName(month)} to ships without ice class, allowed ` +
      `${rule.period} (${rule.rules})`,
    source: sourceLine(rule.source),
  };
}

/** What a voyage through `id` in an allowed `month` must still heed, or null without a season. */
export function seasonCaution(id: PassageId, month: number): string | null {
  const rule = SEASONS[id];
  if (!rule || !inSeason(rule, month)) return null;
  const partly =
    month === rule.to.month && rule.to.day < 28
      ? ` only until ${rule.to.day} ${monthName(month)}`
      : month === rule.from.month && rule.from.day > 1
        ? ` only from ${rule.from.day} ${monthName(month)}`
        : '';
  return `${PASSAGES[id].name} in ${monthName(month)}: allowed to ships without ice class${partly} (${rule.period}, ${rule.rules}). ${rule.note}`;
}
