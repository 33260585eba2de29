/**
 * Fuel types for the fuel / CO₂ / cost model (issue #17; docs/costs.md): the IMO carbon factor
 * of each, the specific fuel consumption of each engine group burning it, and a default price
 * with its source and date. Also the cited method sources of the model (cube law, part load).
 */
import type { EcaSource } from './ecas';
import { epaTable, type Source, type Sourced } from './vessels';

export const FUEL_IDS = ['hfo', 'lfo', 'mgo', 'lng'] as const;
export type FuelId = (typeof FUEL_IDS)[number];

/** A published price: the number, the index it is, and the date it was published. */
export interface FuelPrice extends Sourced {
  /** Publication date of the quote, ISO 8601. */
  date: string;
  /** The index or assessment quoted. */
  index: string;
  /** How the index maps to this fuel type, plainly. */
  note: string;
}

export interface FuelType {
  id: FuelId;
  name: string;
  /** The fuel as the IMO table defines it. */
  definition: string;
  /** t CO₂ per t fuel (IMO Cf). */
  carbonFactor: Sourced;
  /** Carbon content, mass fraction. */
  carbonContent: Sourced;
  /** g/kWh of a slow-speed main engine, an auxiliary engine and a boiler burning this fuel. */
  sfoc: { main: Sourced; aux: Sourced; boiler: Sourced };
  /** The price a user starts from (they can type their own). */
  defaultPrice: FuelPrice;
  /**
   * Highest sulphur content of the grade its price stands for: it decides whether the fuel may
   * be burned inside an Emission Control Area (limit 0.10 %, src/content/ecas.ts).
   */
  maxSulphur: SulphurGrade;
}

/** A grade's highest sulphur content, % m/m, with the words it was read in (pages undated). */
export interface SulphurGrade {
  pct: number;
  read: EcaSource;
}

const IMO_CF: Source = {
  title:
    'Resolution MEPC.364(79): 2022 Guidelines on the method of calculation of the attained ' +
    'Energy Efficiency Design Index (EEDI) for new ships',
  publisher: 'International Maritime Organization, Marine Environment Protection Committee',
  year: 2022,
  table: 'Cf table (fuel type, ISO 8217 grades, carbon content, Cf, lower calorific value)',
  url: 'https://wwwcdn.imo.org/localresources/en/KnowledgeCentre/IndexofIMOResolutions/MEPCDocuments/MEPC.364(79).pdf',
  readIn:
    'as reproduced in Etive-Mor/Open-IMO-CII-Calculator README.md (commit 00d16d35), "Table 2: ' +
    'MEPC.364(79) Mass Conversion between fuel consumption and CO2 emissions" (whitespace ' +
    'collapsed); the resolution’s own table was not read, its title was read at ' +
    'https://rise.odessa.ua/texts/MEPC364_79e.php3',
  header:
    '| ID | Fuel Type | Source/Reference | Carbon Content | $C_F (\\frac{t-CO_2}{t-Fuel})$ | ' +
    'Lower calorific value (kJ/kg) |',
};

const EPA_SFOC = epaTable(
  'Table 3.6',
  'data/BSFC.csv',
  '1dd82a345bb7d41d0962e328e890d2c89ca326a4',
  'Engine Group,Fuel Type,Engine Type,BSFC (g/kWh)',
);

const IMO4 = (table: string): Source => ({
  title: 'Fourth IMO GHG Study 2020',
  publisher: 'International Maritime Organization',
  year: 2020,
  table,
  readIn:
    'as reproduced in RISE-Maritime/cetos cetos/imo.py (commit 3faca60d), which cites ' +
    '"[1] IMO. Fourth IMO GHG Study 2020. IMO."; the study itself was not read',
});

const MABUX: Source = {
  title: 'MABUX: Bunker prices trending upwards',
  publisher: 'Hellenic Shipping News, reporting Marine Bunker Exchange (MABUX) indices',
  year: 2021,
  page: 'weekly review of 17 June 2021 (MABUX week 24)',
  url: 'https://www.hellenicshippingnews.com/mabux-bunker-prices-trending-upwards/',
  readIn: 'https://www.hellenicshippingnews.com/mabux-bunker-prices-trending-upwards/',
};

const cf = (value: number, quote: string): Sourced => ({
  value,
  unit: 't CO₂ / t fuel',
  quote,
  column: '$C_F (\\frac{t-CO_2}{t-Fuel})$',
  source: IMO_CF,
});
const carbon = (value: number, quote: string): Sourced => ({
  value,
  unit: 'mass fraction',
  quote,
  column: 'Carbon Content',
  source: IMO_CF,
});
const bsfc = (value: number, quote: string): Sourced => ({
  value,
  unit: 'g/kWh',
  quote,
  column: 'BSFC (g/kWh)',
  source: EPA_SFOC,
});
const price = (value: number, quote: string, index: string, note: string): FuelPrice => ({
  value,
  unit: 'USD/t',
  quote,
  source: MABUX,
  date: '2021-06-17',
  index,
  note,
});

const BUNKER_INDEX_TERMS = {
  title: 'Bunker Index help: terminology (undated page)',
  readIn: 'https://www.bunkerindex.com/help/article.php?a=21675&h=terminology',
};

const REUTERS_TABLE = {
  title:
    'Reuters, "TABLE-Distillate and residual marine fuels by sulfur content" (20 November ' +
    '2019), citing the International Maritime Organization',
  readIn:
    'https://www.cnbc.com/2019/11/20/reuters-america-table-distillate-and-residual-marine-fuels-by-sulfur-content.html',
};

const sulphur = (pct: number, quote: string, where: Omit<EcaSource, 'quote'>): SulphurGrade => ({
  pct,
  read: { ...where, quote },
});

const ROW_MGO = '| 1 | Diesel / Gas Oil | ISO 8217 Grade DMX to DMB | 0.8744 | 3.206 | 42,700 |';
const ROW_LFO =
  '| 2 | Light Fuel Oil (LFO) | ISO 8217 Grade RMA to RMD | 0.8594 | 3.151 | 41,200 |';
const ROW_HFO =
  '| 3 | Heavy Fuel Oil (HFO) | ISO 8217 Grade RME to RMK | 0.8493 | 3.114 | 40,200 |';
const ROW_LNG = '| 6 | Liquified Natural Gas (LNG) | n/a | 0.7500 | 2.750 | 48,000 |';

// EPA's Table 3.6 has one row for residual fuels ("RM/HFO"), which covers both HFO and LFO
// (ISO 8217 RM grades), and one for distillates ("MGO/MDO").
const SFOC_RESIDUAL = {
  main: bsfc(195, 'Propulsion,RM/HFO,SSD,195'),
  aux: bsfc(227, 'Auxiliary,RM/HFO,MSD,227'),
  boiler: bsfc(305, 'Boiler,RM/HFO,Boiler,305'),
};

const WEEK_24 =
  'During Week 24, MABUX World Bunker Index has turned into moderate upward evolution. ';

export const FUELS: Record<FuelId, FuelType> = {
  hfo: {
    id: 'hfo',
    name: 'Heavy fuel oil (HFO)',
    definition: 'Heavy Fuel Oil, ISO 8217 grades RME to RMK',
    carbonFactor: cf(3.114, ROW_HFO),
    carbonContent: carbon(0.8493, ROW_HFO),
    sfoc: SFOC_RESIDUAL,
    defaultPrice: price(
      447.5,
      WEEK_24 + 'The 380 HSFO index has increased by USD 5.80: from 441.70 USD/MT to 447.50 USD/MT',
      'MABUX World Bunker Index, 380 HSFO',
      'MABUX’s 380 HSFO (high-sulphur fuel oil) index stands in for HFO.',
    ),
    // The price is 380 HSFO's, so the sulphur is that grade's.
    maxSulphur: sulphur(
      3.5,
      'IFO 380, or HSFO 380, is an intermediate fuel oil (IFO) with a maximum kinematic ' +
        'viscosity of 380 centistoke (cSt) at 50 degrees Celsius and a maximum sulphur content ' +
        'of 3.5%.',
      BUNKER_INDEX_TERMS,
    ),
  },
  lfo: {
    id: 'lfo',
    name: 'Light fuel oil (LFO)',
    definition: 'Light Fuel Oil, ISO 8217 grades RMA to RMD',
    carbonFactor: cf(3.151, ROW_LFO),
    carbonContent: carbon(0.8594, ROW_LFO),
    sfoc: SFOC_RESIDUAL,
    defaultPrice: price(
      551.89,
      WEEK_24 + 'the VLSFO index has risen by USD 2.39: from 549.50 USD/MT to 551.89 USD / MT',
      'MABUX World Bunker Index, VLSFO',
      'MABUX’s VLSFO (very-low-sulphur fuel oil) index stands in for LFO. The pairing is ours: ' +
        'the IMO table classes fuels by ISO 8217 grade, not by sulphur, and has no VLSFO row.',
    ),
    // Priced as VLSFO, so it is VLSFO: legal outside ECAs (≤ 0.50 %), not inside (0.10 %).
    maxSulphur: sulphur(
      0.5,
      'Sulfur content Reference Residual Marine Fuel Oil (RM) … 0.1% < S ≤ 0.5% Very Low ' +
        'Sulphur (VLS) VLSFO (RM) … IMO 2020 compliant',
      REUTERS_TABLE,
    ),
  },
  mgo: {
    id: 'mgo',
    name: 'Marine gas oil / diesel oil (MGO/MDO)',
    definition: 'Diesel / Gas Oil, ISO 8217 grades DMX to DMB',
    carbonFactor: cf(3.206, ROW_MGO),
    carbonContent: carbon(0.8744, ROW_MGO),
    sfoc: {
      main: bsfc(185, 'Propulsion,MGO/MDO,SSD,185'),
      aux: bsfc(217, 'Auxiliary,MGO/MDO,MSD,217'),
      boiler: bsfc(300, 'Boiler,MGO/MDO,Boiler,300'),
    },
    defaultPrice: price(
      644.98,
      WEEK_24 + 'the MGO index has added 11.17 USD (from 633.81 USD / MT to 644.98 USD / MT)',
      'MABUX World Bunker Index, MGO',
      'MABUX’s MGO (marine gas oil) index.',
    ),
    // MABUX's daily forecasts name the index's gas oil "MGO LS" (low-sulphur marine gas oil):
    // "MABUX World Bunker Index (as index calculated on current prices for 380 HSFO, VLSFO and
    // MGO) … 380 HSFO – minus 5-12 USD/MT, VLSFO – minus 10-20 USD/MT, MGO LS – minus 10-25
    // USD/MT" (http://mabux-directory.com/news.php?nid=6616, read for this check).
    maxSulphur: sulphur(
      0.1,
      'LSMGO, or MGO 0.1%, or low-sulphur marine gasoil, is a DMA-specification distillate ' +
        'fuel with a maximum sulphur content of 0.1%.',
      BUNKER_INDEX_TERMS,
    ),
  },
  lng: {
    id: 'lng',
    name: 'Liquefied natural gas (LNG)',
    definition: 'Liquified Natural Gas',
    carbonFactor: cf(2.75, ROW_LNG),
    carbonContent: carbon(0.75, ROW_LNG),
    sfoc: {
      main: bsfc(166, 'Propulsion,LNG,LNG,166'),
      aux: bsfc(166, 'Auxiliary,LNG,LNG,166'),
      // EPA's Table 3.6 (as reproduced) has no LNG boiler row; the Fourth IMO GHG Study's has.
      boiler: {
        value: 285,
        unit: 'g/kWh',
        quote:
          '"steam_boiler": { … "LNG": {"before_1984": 285, "1984-2000": 285, "after_2000": 285}, }',
        source: IMO4('Table 19 (baseline SFC in g/kWh), per the code comment'),
      },
    },
    defaultPrice: price(
      631.07,
      'MABUX ARA LNG Bunker Index – the average price of LNG as a marine fuel in the ARA ' +
        'region, has decreased by 3.86 USD during the week from 634.93 USD/MT to 631.07 USD/MT.',
      'MABUX ARA LNG Bunker Index (Amsterdam–Rotterdam–Antwerp)',
      'Quoted in USD per metric tonne and applied here per tonne of LNG burned; the article ' +
        'does not say whether the tonne is of LNG or of an oil equivalent.',
    ),
    maxSulphur: sulphur(
      0,
      'Finnish engine manufacturer, Wärtsilä, believes the trend towards the use of LNG fuel ' +
        'as a viable means of complying with the sulphur cap requirements, especially since ' +
        'LNG contains no sulphur, will further increase.',
      {
        title: 'LNG World News, "IMO to implement sulphur cap from 2020, LNG as fuel ready"',
        readIn: 'https://offshore-energy.biz/?p=55484',
      },
    ),
  },
};

/** The fuel the model uses until the user picks one. */
export const DEFAULT_FUEL: FuelId = 'hfo';

/** True when a string is one of the catalogue's fuel ids. */
export function isFuelId(value: string): value is FuelId {
  return (FUEL_IDS as readonly string[]).includes(value);
}

/** A method statement the model rests on, as read. */
export interface MethodSource {
  statement: string;
  quote: string;
  source: Source;
}

/** The cited method behind src/lib/costs/model.ts (docs/costs.md explains each). */
export const COST_MODEL_SOURCES = {
  cubeLaw: {
    statement:
      'Main-engine power follows the propeller law: power ∝ (speed ÷ reference speed)^n, n = 3 ' +
      'by default, the reference being the service or the maximum speed.',
    quote:
      'Calculates ship power (kW) using the propeller law. … refSpeed: Reference speed of the ' +
      'ship (service speed or maximum speed) … n: Exponential relationship applied to the ship ' +
      'speed ratio (dimensionless). Default = 3',
    source: {
      title:
        'marine-emissions-tools beta 0.2: R package documentation (calcPropPwr, calcShipPwrProp)',
      publisher: 'U.S. Environmental Protection Agency',
      year: 2022,
      page: 'reference pages calcPropPwr and calcShipPwrProp',
      url: 'https://www.epa.gov/system/files/other-files/2022-04/marine-emissions-tools-beta0.2.zip',
      readIn:
        'https://www.epa.gov/system/files/other-files/2022-04/marine-emissions-tools-beta0.2.zip',
    },
  },
  cubeLawImo4: {
    statement:
      'The Fourth IMO GHG Study’s engine load also scales with (speed ÷ design speed)³ ' +
      '(with draught, weather and fouling terms), capped at 100 %.',
    quote:
      '# Engine load: a part of equation 8 in page 64 of [1] / load = ( delta_w * ((draft / ' +
      'design_draft) ** (2 / 3) * (speed / design_speed) ** 3) / (eta_f * eta_w) ) / # Load ' +
      'cannot exceed 100%',
    source: { ...IMO4('Equation 8'), page: 'p. 64' },
  },
  partLoadSfc: {
    statement:
      'Specific fuel consumption of a main engine rises at low load by the factor ' +
      '0.455·L² − 0.710·L + 1.280 (L = engine load, 0–1); auxiliary engines and boilers are ' +
      'taken as load-independent. The model does not apply it (see docs/costs.md).',
    quote:
      'sfc = ( sfc_baseline * (0.455 * engine_load**2 - 0.710 * engine_load + 1.280) / 1_000 ) ' +
      '… For gas turbines, steam turbines, auxiliary engines, and steam boilers the SFC is ' +
      'assumed to be independent of the engine load.',
    source: IMO4('SFC part-load curve (equation number not given in the code)'),
  },
  highestPrice: {
    statement:
      'The highest bunker price in the sources read: LNG at Sines (Portugal), 2,575 USD per ' +
      'tonne on 13 December 2021, in the week of the article. The price check refuses prices ' +
      'above about four times that as likely typos.',
    quote:
      'prices for LNG as a marine fuel at the port of Sines (Portugal) on December 13 rose by ' +
      '420 USD to 2,575 USD / MT (versus 2,155 USD / MT a week earlier).',
    source: {
      title: 'MABUX: Global bunker indexes to continue slight downward trend on Dec.14',
      publisher: 'Hellenic Shipping News, reporting Marine Bunker Exchange (MABUX) indices',
      year: 2021,
      page: 'daily review of 14 December 2021',
      url: 'https://www.hellenicshippingnews.com/mabux-global-bunker-indexes-to-continue-slight-downward-trend-on-dec-14/',
      readIn:
        'https://www.hellenicshippingnews.com/mabux-global-bunker-indexes-to-continue-slight-downward-trend-on-dec-14/',
    },
  },
} as const satisfies Record<string, MethodSource>;

/** The part-load SFC factor's coefficients a, b, c in a·L² + b·L + c (COST_MODEL_SOURCES). */
export const PART_LOAD_SFC_COEFFICIENTS = { a: 0.455, b: -0.71, c: 1.28 } as const;
