/**
 * Vessel profiles for the fuel / CO₂ / cost model (issue #17; docs/costs.md). Every number is an
 * input as published — installed power in kW, speed in knots — with the row it was read from;
 * the tonnes per day are computed from them in src/lib/costs/model.ts, so the arithmetic is
 * visible and tested. A profile with a value we could not source does not ship.
 *
 * All five profiles are US EPA 2022 ship subtypes. "Design speed" here is EPA's "Max Speed",
 * the speed at which EPA's propeller law puts the main engine at full load.
 */

/** Where a number comes from: the primary document, and the place we actually read it. */
export interface Source {
  /** Title of the primary document. */
  title: string;
  publisher: string;
  year: number;
  /** Table (or equation) of the primary document, when the value sits in one. */
  table?: string;
  /** Page or section of the primary document, when known. */
  page?: string;
  /** Address of the primary document, when it has one (read or not: see readIn). */
  url?: string;
  /** Where the value was read: the primary address itself, or "as reproduced in <repo> <path>". */
  readIn: string;
  /** The column names of the reproduced table, verbatim, when the quote is one of its rows. */
  header?: string;
}

/** A published number with its unit, the text it was read in, and its source. */
export interface Sourced {
  value: number;
  unit: string;
  /** The row or sentence as read, verbatim. */
  quote: string;
  /** For a table row: the column the value is in (its name in Source.header). */
  column?: string;
  source: Source;
}

export const VESSEL_IDS = [
  'container-2000',
  'container-5000',
  'container-8000',
  'bulk-panamax',
  'tanker-aframax',
] as const;
export type VesselId = (typeof VESSEL_IDS)[number];

export interface VesselProfile {
  id: VesselId;
  name: string;
  shipType: 'container' | 'bulk carrier' | 'oil tanker';
  /** EPA's subtype label, verbatim. */
  epaSubtype: string;
  /** Main-engine type as EPA gives it; the fuel catalogue's SFOC is for slow-speed diesels. */
  mainEngineType: 'SSD';
  /** EPA's "Max Speed (kn)", used as the design speed (main engine at full load). */
  designSpeedKn: Sourced;
  /** Installed propulsion power (kW): main-engine power at the design speed. */
  mainEngineKw: Sourced;
  /** Auxiliary-engine power at sea (EPA "Transit") and in port (EPA "Hotelling"). */
  auxKw: { sea: Sourced; port: Sourced };
  /** Auxiliary-boiler power at sea and in port, same modes. */
  boilerKw: { sea: Sourced; port: Sourced };
  /** Cargo capacity for per-unit figures, or null when no representative figure was found. */
  capacity: (Sourced & { unit: 'TEU' | 't' }) | null;
  /** Why the capacity is what it is (or why there is none). */
  capacityNote: string;
}

const EPA_TITLE =
  'Ports Emissions Inventory Guidance: Methodologies for Estimating Port-Related and Goods ' +
  'Movement Mobile Source Emissions (EPA-420-B-22-011)';
const EPA_URL = 'https://nepis.epa.gov/Exe/ZyPDF.cgi?Dockey=P1014J1S.pdf';
const USLCI = 'FLCAC-admin/uslci-marine';

/** An EPA 2022 table as reproduced in a CSV of FLCAC-admin/uslci-marine. */
export function epaTable(table: string, path: string, commit: string, header: string): Source {
  return {
    title: EPA_TITLE,
    publisher: 'U.S. Environmental Protection Agency',
    year: 2022,
    table,
    url: EPA_URL,
    readIn:
      `as reproduced in ${USLCI} ${path} (commit ${commit.slice(0, 8)}), whose ` +
      `data/README.md gives "Source: EPA 2022, ${table}"; the EPA table itself was not read`,
    header,
  };
}

const LOAD_HEADER = 'Ship Type,Subtype,Transit (kW),Maneuvering (kW),Hotelling (kW),Anchorage (kW)';
const C3 = epaTable(
  'Table C.3',
  'data/engine_characteristics.csv',
  '7ce46e1b49b07fb1ac1e09acb0fe00621ac3d55d',
  'Ship Type,Subtype,Engine Category,Engine Type,Installed Propulsion Power (kW),Max Speed (kn),' +
    'Max Draft (m),Capacity (metric tons)',
);
const E1 = epaTable(
  'Table E.1',
  'data/auxiliary_load.csv',
  'f0a74848a145da958cad6546784bae4171e70e4b',
  LOAD_HEADER,
);
const E2 = epaTable(
  'Table E.2',
  'data/boiler_load.csv',
  'f0a74848a145da958cad6546784bae4171e70e4b',
  LOAD_HEADER,
);

interface EpaRows {
  /** The Table C.3 row, verbatim. */
  c3: string;
  /** The Table E.1 (auxiliary engine) row, verbatim. */
  e1: string;
  /** The Table E.2 (boiler) row, verbatim. */
  e2: string;
}

/** Design speed, power and auxiliary loads of one EPA subtype, each cited to its row. */
function epaInputs(
  rows: EpaRows,
  v: { kn: number; kw: number; aux: [number, number]; boiler: [number, number] },
) {
  const c3 = (value: number, unit: string, column: string): Sourced => ({
    value,
    unit,
    quote: rows.c3,
    column,
    source: C3,
  });
  const load = (value: number, row: string, source: Source, column: string): Sourced => ({
    value,
    unit: 'kW',
    quote: row,
    column,
    source,
  });
  return {
    mainEngineType: 'SSD' as const,
    designSpeedKn: c3(v.kn, 'kn', 'Max Speed (kn)'),
    mainEngineKw: c3(v.kw, 'kW', 'Installed Propulsion Power (kW)'),
    auxKw: {
      sea: load(v.aux[0], rows.e1, E1, 'Transit (kW)'),
      port: load(v.aux[1], rows.e1, E1, 'Hotelling (kW)'),
    },
    boilerKw: {
      sea: load(v.boiler[0], rows.e2, E2, 'Transit (kW)'),
      port: load(v.boiler[1], rows.e2, E2, 'Hotelling (kW)'),
    },
  };
}

/** A container subtype's capacity: the TEU in EPA's own label (its bin range was not read). */
function teuOfLabel(value: number, c3: string): VesselProfile['capacity'] {
  return { value, unit: 'TEU', quote: c3, column: 'Subtype', source: C3 };
}

const TEU_NOTE =
  'The TEU in EPA’s subtype label, taken as the ship’s capacity; the size range EPA puts ' +
  'behind the label was not read. Per-TEU figures assume the ship is full.';
const NO_DWT_NOTE =
  'No capacity: we found no published representative deadweight for this EPA subtype (EPA’s ' +
  'size range behind the label was not read, and class definitions elsewhere differ), so the ' +
  'profile gives no per-tonne figures.';

function container(
  id: VesselId,
  label: string,
  teu: number,
  rows: EpaRows,
  v: Parameters<typeof epaInputs>[1],
): VesselProfile {
  return {
    id,
    name: `Container ship, ${label}`,
    shipType: 'container',
    epaSubtype: label,
    ...epaInputs(rows, v),
    capacity: teuOfLabel(teu, rows.c3),
    capacityNote: TEU_NOTE,
  };
}

export const VESSELS: Record<VesselId, VesselProfile> = {
  'container-2000': container(
    'container-2000',
    '2,000 TEU',
    2000,
    {
      c3: 'Container Ship,"2,000 TEU",3,SSD,14700,21.3,9.7,48000',
      e1: 'Container Ship,"2,000 TEU",820,1320,600,820',
      e2: 'Container Ship,"2,000 TEU",0,290,290,290',
    },
    { kn: 21.3, kw: 14_700, aux: [820, 600], boiler: [0, 290] },
  ),
  'container-5000': container(
    'container-5000',
    '5,000 TEU',
    5000,
    {
      c3: 'Container Ship,"5,000 TEU",3,SSD,37000,25.1,12.4,120000',
      e1: 'Container Ship,"5,000 TEU",1390,2470,940,1390',
      e2: 'Container Ship,"5,000 TEU",0,450,450,450',
    },
    { kn: 25.1, kw: 37_000, aux: [1390, 940], boiler: [0, 450] },
  ),
  'container-8000': container(
    'container-8000',
    '8,000 TEU',
    8000,
    {
      c3: 'Container Ship,"8,000 TEU",3,SSD,55800,26.5,13.9,192000',
      e1: 'Container Ship,"8,000 TEU",1420,2600,970,1420',
      e2: 'Container Ship,"8,000 TEU",0,450,450,450',
    },
    { kn: 26.5, kw: 55_800, aux: [1420, 970], boiler: [0, 450] },
  ),
  'bulk-panamax': {
    id: 'bulk-panamax',
    name: 'Bulk carrier, Panamax',
    shipType: 'bulk carrier',
    epaSubtype: 'Panamax',
    ...epaInputs(
      {
        c3: 'Bulk Carrier,Panamax,3,SSD,10300,15.4,13.7,',
        e1: 'Bulk Carrier,Panamax,420,680,600,420',
        e2: 'Bulk Carrier,Panamax,0,200,200,200',
      },
      { kn: 15.4, kw: 10_300, aux: [420, 600], boiler: [0, 200] },
    ),
    capacity: null,
    capacityNote: NO_DWT_NOTE,
  },
  'tanker-aframax': {
    id: 'tanker-aframax',
    name: 'Oil tanker, Aframax',
    shipType: 'oil tanker',
    epaSubtype: 'Aframax',
    ...epaInputs(
      {
        c3: 'Oil Tanker,Aframax,3,SSD,12200,15.7,14.6,',
        e1: 'Oil Tanker,Aframax,1000,1500,1000,1000',
        e2: 'Oil Tanker,Aframax,200,400,2000,400',
      },
      { kn: 15.7, kw: 12_200, aux: [1000, 1000], boiler: [200, 2000] },
    ),
    capacity: null,
    capacityNote: NO_DWT_NOTE,
  },
};

/** The profile the model uses until the user picks one. */
export const DEFAULT_VESSEL: VesselId = 'container-5000';

/** True when a string is one of the catalogue's vessel ids. */
export function isVesselId(value: string): value is VesselId {
  return (VESSEL_IDS as readonly string[]).includes(value);
}
