/**
 * MARPOL Annex VI Emission Control Areas for sulphur (issue #32; docs/eca.md): what each area is,
 * the rule that puts it there, when its limits took effect and when the 0.10 % sulphur limit
 * applies, each with the text it was read in. The boundaries themselves (point tables, parallels
 * and meridians) are in scripts/lib/eca-definitions.ts, which builds geo/ecas.geojson (the sea,
 * for the map) and geo/eca-extents.geojson (the regulation's lines closed over land, for km).
 * An area we could not source does not ship: see ECAS_NOT_INCLUDED.
 */

export const ECA_IDS = [
  'baltic-sea',
  'north-sea',
  'north-american',
  'us-caribbean',
  'mediterranean',
] as const;
export type EcaId = (typeof ECA_IDS)[number];

/** Fuel sulphur limit inside every ECA, % m/m (MARPOL Annex VI reg. 14.4: ECA_RULES.limitInside). */
export const ECA_SULPHUR_LIMIT_PCT = 0.1;

/** A text as read: its title, where it was read, and the sentence the value rests on. */
export interface EcaSource {
  title: string;
  /** Where it was read (a URL, or "repository path (commit)"). */
  readIn: string;
  /** The words read, verbatim (whitespace collapsed). */
  quote: string;
}

export interface EcaArea {
  id: EcaId;
  name: string;
  /** Fuel sulphur limit inside the area, % m/m (MARPOL Annex VI reg. 14.4). */
  sulphurLimitPct: number;
  /** The rule that makes the area an ECA, and where its boundary is defined. */
  regulation: string;
  /** When the area's limits took effect for ships (ISO date). */
  inForce: string;
  /** From when the 0.10 % limit applies there (ISO date). */
  sulphurLimitFrom: string;
  /** Where the boundary was read. */
  boundarySource: EcaSource;
  /** Where the two dates were read. */
  dateSources: EcaSource[];
}

/** MARPOL Annex VI as consolidated to 1 October 2020, as published by Laws.Africa. */
const ANNEX_VI_2020 =
  'laws-africa/imodemo akn/un/act/conv/imo/1997/marpol-annex-vi/eng/index.md ' +
  '(expression of 2020-10-01, commit f7a5f676)';
const ANNEX_VI_2019 =
  'laws-africa/imodemo akn/un/act/conv/imo/1997/marpol-annex-vi/eng@2019-01-01/index.md ' +
  '(commit f7a5f676)';

/** The rules of MARPOL Annex VI the model applies, as read (docs/eca.md, docs/costs.md). */
export const ECA_RULES = {
  /** Reg. 14.4: the limit inside an ECA. */
  limitInside: {
    title: 'MARPOL Annex VI, regulation 14.4 (as replaced by MEPC.305(73))',
    readIn: ANNEX_VI_2020,
    quote:
      'While a ship is operating within an emission control area, the sulphur content of fuel ' +
      'oil used on board that ship shall not exceed 0.10% m/m.',
  },
  /** Reg. 14.1: the limit everywhere else. */
  limitOutside: {
    title: 'MARPOL Annex VI, regulation 14.1 (as replaced by MEPC.305(73))',
    readIn: ANNEX_VI_2020,
    quote:
      'The sulphur content of fuel oil used or carried for use on board a ship shall not ' +
      'exceed 0.50% m/m.',
  },
  /** Reg. 14.4.3 before 2020: the date of the 0.10 % limit in the first four ECAs. */
  limitDate: {
    title: 'MARPOL Annex VI, regulation 14.4 (text in force on 1 January 2019)',
    readIn: ANNEX_VI_2019,
    quote:
      'While ships are operating within an emission control area, the sulphur content of fuel ' +
      'oil used on board ships shall not exceed the following limits: .1 1.50% m/m prior to 1 ' +
      'July 2010; .2 1.00% m/m on and after 1 July 2010; and .3 0.10% m/m on and after 1 ' +
      'January 2015.',
  },
  /** Reg. 14.7: a new ECA's first year is exempt. */
  firstYearExempt: {
    title: 'MARPOL Annex VI, regulation 14.7',
    readIn: ANNEX_VI_2020,
    quote:
      'During the first 12 months immediately following entry into force of an amendment ' +
      'designating a specific emission control area under paragraph 3 of this regulation, ships ' +
      'operating in that emission control area are exempt from the requirements in paragraphs ' +
      '4 and 6 of this regulation',
  },
  /** Reg. 4.1: a scrubber (an equivalent compliance method) instead of low-sulphur fuel. */
  equivalent: {
    title: 'MARPOL Annex VI, regulation 4.1 (Equivalents)',
    readIn: ANNEX_VI_2020,
    quote:
      'The Administration of a Party may allow any fitting, material, appliance or apparatus to ' +
      'be fitted in a ship or other procedures, alternative fuel oils, or compliance methods ' +
      'used as an alternative to that required by this Annex if such fitting, material, ' +
      'appliance or apparatus or other procedures, alternative fuel oils, or compliance methods ' +
      'are at least as effective in terms of emissions reductions as that required by this ' +
      'Annex, including any of the standards set forth in regulations 13 and 14.',
  },
} as const satisfies Record<string, EcaSource>;

/** The four older ECAs' dates of effect, in one table. */
// The areas themselves (ECAS) are in eca-areas.ts: a module of their own, so that the opening
// view, which needs only the limit and the rules above, does not carry them.

/** ECAs adopted but left out of the atlas, and why (docs/eca.md). */
export const ECAS_NOT_INCLUDED = [
  {
    name: 'Canadian Arctic ECA and Norwegian Sea ECA (resolution MEPC.392(82))',
    inForce: '2026-03-01',
    sulphurLimitFrom: '2027-03-01',
    why:
      'In force since 1 March 2026, but their 0.10 % limit applies only from 1 March 2027 (the ' +
      'first year is exempt, reg. 14.7), and their coordinate tables were not found in the ' +
      'texts we could read.',
    source: {
      title:
        'Russian Maritime Register of Shipping, "MARPOL Amendments Entering into Force" (26.02.2026)',
      readIn:
        'https://rs-class.org/en/news/general/marpol-amendments-entering-into-force-new-ecas-for-the-norwegian-sea-and-canadian-arctic-',
      quote:
        'amendments to Annex VI of the MARPOL Convention (resolution MEPC.392(82)) on nitrogen ' +
        'oxides (NOx), sulphur oxides (SOx) and particulate matter Emission Control Areas in ' +
        'the Norwegian Sea and the Canadian Arctic will enter into force on March 1, 2026. … ' +
        'The requirements for the control of sulphur oxides and particulate matter emissions ' +
        'will apply to existing ships from March 1, 2027.',
    },
  },
] as const;
