/**
 * Places the article's claims attach to. The article rarely says where something happens; where it
 * does not, a claim sits where the article puts it (the visit, and so the summit agreements, in New
 * Delhi, the dateline). Coordinates are copied from Natural Earth 1:50m populated places
 * (shared/data/ne_50m_populated_places_simple.geojson, public domain), point geometry rounded to 4
 * decimals; tests/claims.test.ts re-reads that file and checks them.
 */
import type { Place } from './claim-types';

export const PLACE_IDS = [
  'new-delhi',
  'chennai',
  'vladivostok',
  'gujarat',
  'russian-far-east',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

const NE = 'Natural Earth 1:50m populated places';

export const PLACES: Record<PlaceId, Place<PlaceId>> = {
  'new-delhi': {
    id: 'new-delhi',
    name: 'New Delhi',
    coordinates: [77.2, 28.6],
    source: `${NE}, "New Delhi". The article's dateline and the city of the visit.`,
    naturalEarthName: 'New Delhi',
  },
  chennai: {
    id: 'chennai',
    name: 'Chennai',
    coordinates: [80.2781, 13.0919],
    source: `${NE}, "Chennai" (the city point, not the port).`,
    naturalEarthName: 'Chennai',
  },
  vladivostok: {
    id: 'vladivostok',
    name: 'Vladivostok',
    coordinates: [131.91, 43.13],
    source: `${NE}, "Vladivostok" (the city point, not the port).`,
    naturalEarthName: 'Vladivostok',
  },
  gujarat: {
    id: 'gujarat',
    name: 'Gujarat',
    coordinates: [72.5781, 23.032],
    source:
      `${NE}, "Ahmedabad", standing for the state of Gujarat, which the article names only ` +
      'through the Vibrant Gujarat Summit. The dataset has no Gandhinagar (the state capital, about ' +
      '25 km away) and no state outlines; its admin-1 name for Ahmedabad ("Dadra and Nagar Haveli") ' +
      'is wrong. The point marks the state, not a summit venue.',
    naturalEarthName: 'Ahmedabad',
  },
  'russian-far-east': {
    id: 'russian-far-east',
    name: 'Russian Far East',
    coordinates: [135.12, 48.455],
    source:
      `${NE}, "Khabarovsk", a representative city for the region as a whole; the article names ` +
      'no place in the Far East other than Vladivostok.',
    naturalEarthName: 'Khabarovsk',
  },
};
