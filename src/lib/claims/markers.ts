/** Claim markers as GeoJSON for the map's claims layer (issue #5). */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CategoryId, Claim, Place } from '../../content/claim-types';

/** Properties of one claim marker. */
export interface ClaimMarkerProperties {
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  /** Id of the place the marker stands on (the claim's first place). */
  readonly place: string;
  /** 0-based index among the claims on the same place, in catalogue order. */
  readonly slot: number;
  /** How many claims share that place, so the map can fan them out and keep each clickable. */
  readonly slotCount: number;
}

/**
 * One Point per claim at its first place, in input order, numbered within each place. Throws if a
 * claim names a place missing from `places` (validateClaims reports that first).
 */
export function claimsToGeoJSON(
  claims: readonly Claim[],
  places: Readonly<Record<string, Place>>,
): FeatureCollection<Point, ClaimMarkerProperties> {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const at = claim.places[0];
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  const used = new Map<string, number>();
  const features = claims.map((claim): Feature<Point, ClaimMarkerProperties> => {
    const at = claim.places[0];
    const place = places[at];
    if (place === undefined) throw new Error(`claim '${claim.id}': unknown place '${at}'`);
    const slot = used.get(at) ?? 0;
    used.set(at, slot + 1);
    return {
      type: 'Feature',
      id: claim.id,
      geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
      properties: {
        id: claim.id,
        category: claim.category,
        title: claim.title,
        place: at,
        slot,
        slotCount: counts.get(at) ?? 1,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
