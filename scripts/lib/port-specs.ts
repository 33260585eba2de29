/**
 * The curated port list behind geo/ports.geojson (see scripts/build-ports.ts). Coordinates are
 * looked up by name in Natural Earth unless the port is missing there. Approach waypoints are
 * schematic, hand-placed sea points (0.01° rounding), each ending at a marnet node; they exist
 * where the straight leg to the nearest node would be long (> 25 km) or cross land.
 */
import type { LonLat } from '../../src/lib/routing/ports';

/** After its approach connector, a port must be this close to a network node (documented). */
export const PORT_MAX_SNAP_KM = 25;

export type PortSource =
  | { kind: 'ne-ports'; name: string; website?: string }
  | { kind: 'ne-places'; name: string }
  | { kind: 'searoute-py'; name: string; locode: string; coordinates: LonLat };

export interface PortSpec {
  id: string;
  name: string;
  country: string;
  aliases: string[];
  source: PortSource;
  approach?: LonLat[];
  /** Ignore 1:50m land this close to the harbour (rivers and narrow bays are land at 1:50m). */
  landToleranceKm?: number;
  note?: string;
}

const ne = (name: string, website?: string): PortSource => ({
  kind: 'ne-ports',
  name,
  ...(website ? { website } : {}),
});
const sp = (name: string, locode: string, coordinates: LonLat): PortSource => ({
  kind: 'searoute-py',
  name,
  locode,
  coordinates,
});

export const PORT_SPECS: PortSpec[] = [
  // India: the major ports.
  {
    id: 'chennai',
    name: 'Chennai',
    country: 'IN',
    aliases: ['Madras'],
    source: ne('Madras'),
    approach: [[81, 13]],
    note: 'Nearest marnet node is 77 km offshore; straight connector over open sea.',
  },
  {
    id: 'kamarajar',
    name: 'Kamarajar (Ennore)',
    country: 'IN',
    aliases: ['Ennore'],
    source: sp('Ennore', 'INENR', [80.341384, 13.321382]),
    approach: [[81, 13]],
    note: 'Nearest marnet node is 80 km offshore; straight connector over open sea.',
  },
  { id: 'mumbai', name: 'Mumbai', country: 'IN', aliases: ['Bombay'], source: ne('Bombay') },
  {
    id: 'nhava-sheva',
    name: 'Nhava Sheva (Jawaharlal Nehru Port)',
    country: 'IN',
    aliases: ['JNPT', 'Jawaharlal Nehru Port', 'JNPA'],
    source: ne('Jawaharlal Nehru Port'),
  },
  {
    id: 'kolkata',
    name: 'Kolkata',
    country: 'IN',
    aliases: ['Calcutta', 'Syama Prasad Mookerjee Port'],
    source: ne('Calcutta'),
    approach: [
      [88.17, 22.19],
      [88.07, 21.98],
      [88.05, 21.6],
      [88, 21],
    ],
    landToleranceKm: 110,
    note: 'River port: the connector follows the Hooghly (land at 1:50m) to the sea.',
  },
  {
    id: 'haldia',
    name: 'Haldia',
    country: 'IN',
    aliases: ['Haldia Dock Complex'],
    source: sp('Haldia', 'INHAL', [88.072346, 22.020371]),
    approach: [
      [88.05, 21.6],
      [88, 21],
    ],
    landToleranceKm: 45,
    note: 'On the Hooghly estuary; the connector follows the estuary to the sea.',
  },
  {
    id: 'visakhapatnam',
    name: 'Visakhapatnam',
    country: 'IN',
    aliases: ['Vizag', 'INVTZ'],
    source: ne('Visakhapatnam'),
  },
  {
    id: 'kochi',
    name: 'Kochi',
    country: 'IN',
    aliases: ['Cochin', 'INCOK'],
    source: ne('Cochin'),
    approach: [[75.3, 9.7]],
    note: 'Natural Earth "Kochi" is the Japanese port; this is "Cochin".',
  },
  {
    id: 'kandla',
    name: 'Deendayal (Kandla)',
    country: 'IN',
    aliases: ['Kandla', 'Deendayal Port'],
    source: ne('Kandla'),
    approach: [
      [70.0, 22.85],
      [69.6, 22.72],
      [69.0, 22.62],
      [68.8, 22.3],
      [69.166, 21.054],
    ],
    landToleranceKm: 12,
    note: 'No marnet lane enters the Gulf of Kutch; the connector leaves it and runs down the Saurashtra coast.',
  },
  {
    id: 'mundra',
    name: 'Mundra',
    country: 'IN',
    aliases: [],
    source: sp('Mundra', 'INMUN', [69.746702, 22.795048]),
    approach: [
      [69.6, 22.72],
      [69.0, 22.62],
      [68.8, 22.3],
      [69.166, 21.054],
    ],
    landToleranceKm: 8,
    note: 'Gulf of Kutch, as Kandla.',
  },
  {
    id: 'paradip',
    name: 'Paradip',
    country: 'IN',
    aliases: ['Paradeep', 'INPRT'],
    source: sp('Paradip', 'INPRT', [86.666667, 20.25]),
    approach: [[87.401, 19.625]],
    note: 'Nearest marnet node is 103 km offshore; straight connector over open sea.',
  },
  {
    id: 'tuticorin',
    name: 'V.O. Chidambaranar (Tuticorin)',
    country: 'IN',
    aliases: ['Tuticorin', 'Thoothukudi'],
    source: ne('Tuticorin'),
    approach: [
      [78.3, 8.6],
      [78.149, 7.185],
    ],
    note: 'Gulf of Mannar: the nearest node to the south-west would cross Cape Comorin.',
  },
  {
    id: 'mormugao',
    name: 'Mormugao',
    country: 'IN',
    aliases: ['Marmagao', 'Marmagoa', 'Goa'],
    source: sp('Marmagoa', 'INMRM', [73.804736, 15.404988]),
    approach: [[73, 15.3]],
    note: 'Nearest marnet node is 87 km offshore; straight connector over open sea.',
  },
  {
    id: 'new-mangalore',
    name: 'New Mangalore',
    country: 'IN',
    aliases: ['Mangalore', 'Panambur'],
    source: ne('Mangalore'),
    approach: [[74.3, 12.4]],
    note: 'Nearest marnet node is 80 km offshore; straight connector over open sea.',
  },
  // Russia.
  {
    id: 'vladivostok',
    name: 'Vladivostok',
    country: 'RU',
    aliases: ['Владивосток'],
    source: ne('Vladivostok'),
  },
  {
    id: 'nakhodka',
    name: 'Nakhodka',
    country: 'RU',
    aliases: ['Находка'],
    source: ne('Nakhodka', 'www.ncsp.ru'),
    note: 'Natural Earth lists Nakhodka twice; this is the commercial sea port (ncsp.ru) entry.',
  },
  {
    id: 'vostochny',
    name: 'Vostochny',
    country: 'RU',
    aliases: ['Vostochnyy', 'Восточный'],
    source: sp('Vostochny', 'RUVYP', [133.05, 42.733333]),
  },
  {
    id: 'vanino',
    name: 'Vanino',
    country: 'RU',
    aliases: ['Ванино'],
    source: sp('Vanino', 'RUVNN', [140.267944, 49.059157]),
    approach: [[141.092, 49.388]],
    landToleranceKm: 5,
    note: 'Straight connector across the Tatar Strait to the nearest marnet node (70 km).',
  },
  {
    id: 'korsakov',
    name: 'Korsakov',
    country: 'RU',
    aliases: ['Корсаков'],
    source: ne('Korsakov'),
  },
  {
    id: 'petropavlovsk-kamchatsky',
    name: 'Petropavlovsk-Kamchatsky',
    country: 'RU',
    aliases: ['Petropavlovsk', 'Петропавловск-Камчатский'],
    source: ne('Petropavlovsk'),
    approach: [
      [158.75, 52.9],
      [159.3, 52.5],
      [158.626, 50.969],
    ],
    landToleranceKm: 18,
    note: 'Avacha Bay is mostly land at 1:50m; marnet has no lane into it; the connector runs down the Kamchatka coast offshore.',
  },
  {
    id: 'magadan',
    name: 'Magadan',
    country: 'RU',
    aliases: ['Магадан'],
    source: sp('Magadan', 'RUMAG', [150.61981, 59.574474]),
    landToleranceKm: 10,
    note: 'Nagaev Bay is closed by the 1:50m coastline; land within 10 km is not checked.',
  },
  {
    id: 'murmansk',
    name: 'Murmansk',
    country: 'RU',
    aliases: ['Мурманск'],
    source: ne('Murmansk'),
    landToleranceKm: 10,
    note: 'Kola Bay is land at 1:50m; land within 10 km is not checked.',
  },
  {
    id: 'arkhangelsk',
    name: 'Arkhangelsk',
    country: 'RU',
    aliases: ['Archangel', 'Архангельск'],
    source: ne('Arkhangelsk'),
    landToleranceKm: 5,
  },
  {
    id: 'st-petersburg',
    name: 'St Petersburg',
    country: 'RU',
    aliases: ['Saint Petersburg', 'Sankt-Peterburg', 'Leningrad', 'Санкт-Петербург'],
    source: ne('Sankt-Peterburg'),
    landToleranceKm: 7,
    note: 'Natural Earth names it "Sankt-Peterburg" ("Petersburg" there is in Alaska).',
  },
  {
    id: 'ust-luga',
    name: 'Ust-Luga',
    country: 'RU',
    aliases: ['Усть-Луга'],
    source: sp('Ust-Luga', 'RUULU', [28.289734, 59.660886]),
    approach: [
      [28.2, 59.8],
      [28.108, 60.032],
    ],
    landToleranceKm: 6,
    note: 'Leaves Luga Bay northwards; the nearest node to the west would cross the Kurgalsky peninsula.',
  },
  {
    id: 'novorossiysk',
    name: 'Novorossiysk',
    country: 'RU',
    aliases: ['Новороссийск'],
    source: ne('Novorossiysk'),
  },
  {
    id: 'kaliningrad',
    name: 'Kaliningrad',
    country: 'RU',
    aliases: ['Калининград'],
    source: ne('Kaliningrad'),
  },
  // Transit and reference ports.
  // The UN/LOCODEs analysts type (as searoute-py's UN/LOCODE-keyed port list, MIT, gives them) where
  // the World Port Index writes another code for the port (issue #28): kept as aliases, so that
  // "SGSIN" or "CNSHA" finds the curated port.
  {
    id: 'singapore',
    name: 'Singapore',
    country: 'SG',
    aliases: ['SGSIN'],
    source: ne('Singapore'),
  },
  {
    id: 'port-klang',
    name: 'Port Klang',
    country: 'MY',
    aliases: ['Port Kelang', 'Klang'],
    source: sp('Port Kelang', 'MYPKG', [101.382649, 3.003428]),
  },
  { id: 'colombo', name: 'Colombo', country: 'LK', aliases: [], source: ne('Colombo') },
  {
    id: 'busan',
    name: 'Busan',
    country: 'KR',
    aliases: ['Pusan'],
    source: { kind: 'ne-places', name: 'Busan' },
  },
  { id: 'shanghai', name: 'Shanghai', country: 'CN', aliases: ['CNSHA'], source: ne('Shanghai') },
  { id: 'hong-kong', name: 'Hong Kong', country: 'HK', aliases: [], source: ne('Hong Kong') },
  { id: 'dalian', name: 'Dalian', country: 'CN', aliases: ['CNDLC'], source: ne('Dalian') },
  { id: 'port-said', name: 'Port Said', country: 'EG', aliases: [], source: ne('Port Said') },
  { id: 'jeddah', name: 'Jeddah', country: 'SA', aliases: ['Jiddah'], source: ne('Jeddah') },
  {
    id: 'bandar-abbas',
    name: 'Bandar Abbas',
    country: 'IR',
    aliases: ['Shahid Rajaee'],
    source: ne('Bandar Abbas'),
    approach: [
      [56.3, 27.0],
      [56.27, 26.402],
    ],
    note: 'Joins marnet on the Gulf side of the Hormuz gate, so routes to the ocean count Hormuz.',
  },
  {
    id: 'rotterdam',
    name: 'Rotterdam',
    country: 'NL',
    aliases: [],
    source: ne('Rotterdam'),
    approach: [
      [4.12, 51.98],
      [4.1335, 52.05306],
    ],
    landToleranceKm: 18,
    note: 'Follows the Nieuwe Waterweg (land at 1:50m) to the North Sea.',
  },
  {
    id: 'hamburg',
    name: 'Hamburg',
    country: 'DE',
    aliases: [],
    source: ne('Hamburg'),
    landToleranceKm: 7,
    note: 'marnet follows the Elbe to the city; land within 7 km is not checked.',
  },
  { id: 'yokohama', name: 'Yokohama', country: 'JP', aliases: [], source: ne('Yokohama') },
  { id: 'los-angeles', name: 'Los Angeles', country: 'US', aliases: [], source: ne('Los Angeles') },
  {
    id: 'marseille',
    name: 'Marseille',
    country: 'FR',
    aliases: ['Marseilles'],
    source: ne('Marseille'),
  },
  { id: 'djibouti', name: 'Djibouti', country: 'DJ', aliases: [], source: ne('Djibouti') },
  {
    id: 'salalah',
    name: 'Salalah',
    country: 'OM',
    aliases: [],
    source: ne('Salalah'),
    approach: [[54.2, 16.2]],
    note: 'Nearest marnet node is 85 km offshore; straight connector over open sea.',
  },
  {
    id: 'dubai',
    name: 'Dubai (Port Rashid)',
    country: 'AE',
    aliases: ['Dubai'],
    source: ne('Dubai'),
  },
  { id: 'karachi', name: 'Karachi', country: 'PK', aliases: [], source: ne('Karachi') },
  {
    id: 'chittagong',
    name: 'Chattogram',
    country: 'BD',
    aliases: ['Chittagong'],
    source: ne('Chittagong'),
  },
];
