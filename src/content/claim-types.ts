/**
 * Types of the cooperation-claims catalogue (issue #5), beside the catalogue (claims.ts, places.ts).
 * The validator (src/lib/claims/validate.ts) stays free of any particular place list, so it can
 * check a mutated copy as well as the real one.
 */
import type { FigureCheckId, ClaimId, PresetId, RouteId } from './ids';

/** Marker categories, in legend order. */
export const CATEGORY_IDS = ['defence', 'connectivity', 'energy-investment', 'diplomacy'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Marker shapes the map draws for a category (names, not images). */
export type MarkerSymbol = 'shield' | 'anchor' | 'coin' | 'handshake';

/** One legend entry: how a category looks and what it means. */
export interface Category {
  readonly id: CategoryId;
  readonly label: string;
  /** `#rrggbb`, from the Okabe–Ito colour-blind-safe palette. */
  readonly colour: string;
  readonly symbol: MarkerSymbol;
  readonly description: string;
}

/** A point a claim is attached to. */
export interface Place<P extends string = string> {
  readonly id: P;
  /** Label shown on the map and in the card. */
  readonly name: string;
  /** WGS84 `[lon, lat]`, 4 decimals. */
  readonly coordinates: readonly [number, number];
  /** Where the coordinate comes from, and why this point stands for the place. */
  readonly source: string;
  /** `name` of the Natural Earth 1:50m populated place the coordinate was copied from, if any. */
  readonly naturalEarthName?: string;
}

/** A map feature a claim highlights when selected. */
export type RelatedFeature<P extends string = string> =
  | { readonly kind: 'route'; readonly id: RouteId }
  /** Far East regions by ISO 3166-2 code, or all of them. */
  | { readonly kind: 'regions'; readonly ids: 'all' | readonly string[] }
  | { readonly kind: 'place'; readonly id: P };

/** How the map frames a claim: a named preset, or `[[west, south], [east, north]]`. */
export type ClaimView =
  | { readonly preset: PresetId }
  | { readonly bounds: readonly [readonly [number, number], readonly [number, number]] };

/** One claim the article makes about India–Russia cooperation. */
export interface Claim<P extends string = string> {
  readonly id: ClaimId;
  readonly category: CategoryId;
  /** Card and marker title, at most 40 characters. */
  readonly title: string;
  /** One or two sentences in our own words, saying no more than the article. */
  readonly summary: string;
  /** Verbatim passage of the article (one sentence or less) the claim rests on. */
  readonly quote: string;
  /** Places the claim concerns; the marker goes at the first. */
  readonly places: readonly [P, ...P[]];
  readonly related: readonly RelatedFeature<P>[];
  readonly view: ClaimView;
  /** How the map represents the claim where that goes beyond the article (our words). */
  readonly mapNote?: string;
  /** Rows of the distance/time figure check this claim's figures are tested in. */
  readonly figureCheck?: readonly FigureCheckId[];
}
