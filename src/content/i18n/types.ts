/**
 * The shapes of a language's translations (issue #31). English is the source and lives where
 * it always did (claims.ts, tour.ts, presets.ts, places.ts, the data files); a translation is
 * keyed by the same ids, so the type checker insists on every one.
 */
import type { CategoryId } from '../claim-types';
import type { ClaimId, PresetId } from '../ids';
import type { PlaceId } from '../places';

/**
 * The words of the content catalogues that the opening page shows, in one language: category
 * names, claim titles (the markers' names), the views, the places.
 */
export interface ContentTexts {
  readonly categories: Readonly<
    Record<CategoryId, { readonly label: string; readonly description: string }>
  >;
  readonly claims: Readonly<Record<ClaimId, { readonly title: string }>>;
  readonly presets: Readonly<
    Record<PresetId, { readonly title: string; readonly description: string }>
  >;
  /** The places claims attach to, by id. */
  readonly places: Readonly<Record<PlaceId, string>>;
}

/**
 * The long words, which only the Claims panel, the tour and the exports show: a language's pack
 * brings them after the map's first view (src/app/language.ts), unless the page opens on them.
 */
export interface StoryTexts {
  readonly claims: Readonly<
    Record<ClaimId, { readonly summary: string; readonly mapNote?: string }>
  >;
  /** Tour steps by their id (src/content/tour.ts). */
  readonly tour: Readonly<Record<string, { readonly title: string; readonly text: string }>>;
}

/**
 * Names of the places the atlas itself names, in one language: the UI shows them and the map's
 * labels use them (scripts/build-labels.ts). A place missing here keeps its English name.
 */
export interface PlaceNames {
  /** Ports, by id (geo/ports.geojson). */
  readonly ports: Readonly<Record<string, string>>;
  /** Straits, canals and sea routes, by passage id (src/lib/routing/passages.ts). */
  readonly passages: Readonly<Record<string, string>>;
  /** The chokepoints the map marks, by id (geo/chokepoints.geojson). */
  readonly chokepoints: Readonly<Record<string, string>>;
  /** The 11 Far East regions, by ISO 3166-2 code. */
  readonly regions: Readonly<Record<string, string>>;
  /** Seas, bays and straits, by their Natural Earth name as the basemap writes it. */
  readonly seas: Readonly<Record<string, string>>;
  /** Cities, by their Natural Earth name. */
  readonly cities: Readonly<Record<string, string>>;
}
