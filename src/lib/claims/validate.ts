/**
 * Checks the claims catalogue against the article and the map's feature ids. Pure: the caller
 * supplies the article text and the ids (tests read them from disk; the app never needs to).
 */
import { CLAIM_IDS, PRESET_IDS } from '../../content/ids';
import { CATEGORY_IDS } from '../../content/claim-types';
import type { Claim, ClaimView, Place, RelatedFeature } from '../../content/claim-types';
import { FIGURE_CHECK_IDS } from '../../content/ids';

/** What a catalogue is checked against. */
export interface ClaimContext {
  /** The article's full text; every quote must occur in it verbatim. */
  readonly articleText: string;
  /** Ids of the Far East region features (ISO 3166-2 codes). */
  readonly regionIds: readonly string[];
  /** Ids of the route features. */
  readonly routeIds: readonly string[];
  /** The places catalogue, keyed by id. */
  readonly places: Readonly<Record<string, Place>>;
}

export const TITLE_MAX = 40;
export const SUMMARY_MIN = 40;
export const SUMMARY_MAX = 450;
export const QUOTE_MAX = 300;

// A sentence ends at . ! or ? followed by space and a capital or an opening quote. The article's
// and our texts contain no abbreviations with full stops, so this is enough.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z“‘"'])/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Number of sentences in a text, by the rule above. */
export function sentenceCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(SENTENCE_BREAK).length;
}

/** Whether `quote` occurs in `text` verbatim, starting and ending at word boundaries. */
export function isVerbatimPassage(text: string, quote: string): boolean {
  if (quote === '') return false;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + quote.length] ?? ' ';
    const startsInWord = WORD_CHAR.test(before) && WORD_CHAR.test(quote[0] ?? ' ');
    const endsInWord = WORD_CHAR.test(after) && WORD_CHAR.test(quote[quote.length - 1] ?? ' ');
    if (!startsInWord && !endsInWord) return true;
  }
  return false;
}

/** Whether `[lon, lat]` is a finite WGS84 position. */
export function isLonLat(c: readonly number[]): boolean {
  const [lon, lat] = c;
  return (
    c.length === 2 &&
    lon !== undefined &&
    lat !== undefined &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 90
  );
}

function placeProblems(places: Readonly<Record<string, Place>>): string[] {
  const problems: string[] = [];
  for (const [key, place] of Object.entries(places)) {
    if (place.id !== key) problems.push(`place '${key}': id is '${place.id}'`);
    if (!isLonLat(place.coordinates)) {
      problems.push(`place '${key}': coordinates out of range: ${place.coordinates.join(', ')}`);
    }
    if (place.name.trim() === '') problems.push(`place '${key}': empty name`);
    if (place.source.trim() === '') problems.push(`place '${key}': empty source`);
  }
  return problems;
}

function relatedProblems(id: string, related: RelatedFeature, ctx: ClaimContext): string[] {
  switch (related.kind) {
    case 'route':
      return ctx.routeIds.includes(related.id) ? [] : [`${id}: unknown route '${related.id}'`];
    case 'place':
      return related.id in ctx.places ? [] : [`${id}: unknown related place '${related.id}'`];
    case 'regions':
      if (related.ids === 'all') return [];
      if (related.ids.length === 0) return [`${id}: empty region list`];
      return related.ids
        .filter((r) => !ctx.regionIds.includes(r))
        .map((r) => `${id}: unknown region '${r}'`);
    default:
      return [`${id}: unknown related kind '${(related as { kind: unknown }).kind}'`];
  }
}

function viewProblems(claim: Claim, ctx: ClaimContext): string[] {
  const view: ClaimView = claim.view;
  if ('preset' in view) {
    return (PRESET_IDS as readonly string[]).includes(view.preset)
      ? []
      : [`${claim.id}: unknown preset '${view.preset}'`];
  }
  const [[w, s], [e, n]] = view.bounds;
  if (!isLonLat([w, s]) || !isLonLat([e, n]) || w >= e || s >= n) {
    return [`${claim.id}: bounds out of range or inverted`];
  }
  return claim.places
    .map((p) => ctx.places[p])
    .filter((p): p is Place => p !== undefined)
    .filter(({ coordinates: [lon, lat] }) => lon < w || lon > e || lat < s || lat > n)
    .map((p) => `${claim.id}: place '${p.id}' lies outside the view bounds`);
}

function textProblems(claim: Claim, articleText: string): string[] {
  const problems: string[] = [];
  const { id, title, summary, quote } = claim;
  if (title.trim() === '' || title.length > TITLE_MAX) {
    problems.push(`${id}: title must be 1–${TITLE_MAX} characters (has ${title.length})`);
  }
  if (summary.length < SUMMARY_MIN || summary.length > SUMMARY_MAX) {
    problems.push(`${id}: summary must be ${SUMMARY_MIN}–${SUMMARY_MAX} characters`);
  }
  const sentences = sentenceCount(summary);
  if (sentences < 1 || sentences > 2) problems.push(`${id}: summary has ${sentences} sentences`);
  if (quote.length > QUOTE_MAX || sentenceCount(quote) !== 1) {
    problems.push(`${id}: quote must be one sentence or less, at most ${QUOTE_MAX} characters`);
  }
  if (!isVerbatimPassage(articleText, quote)) {
    problems.push(`${id}: quote is not a verbatim passage of the article`);
  }
  return problems;
}

/** Every problem in a claims catalogue (empty when it is valid); never throws on bad data. */
export function validateClaims(claims: readonly Claim[], ctx: ClaimContext): string[] {
  const problems = placeProblems(ctx.places);
  const seen = new Set<string>();
  for (const claim of claims) {
    const { id } = claim;
    if (seen.has(id)) problems.push(`duplicate claim id '${id}'`);
    seen.add(id);
    if (!(CLAIM_IDS as readonly string[]).includes(id)) problems.push(`unknown claim id '${id}'`);
    if (!(CATEGORY_IDS as readonly string[]).includes(claim.category)) {
      problems.push(`${id}: unknown category '${claim.category}'`);
    }
    problems.push(...textProblems(claim, ctx.articleText));
    if (claim.places.length === 0) problems.push(`${id}: no places`);
    for (const p of claim.places) {
      if (!(p in ctx.places)) problems.push(`${id}: unknown place '${p}'`);
    }
    for (const r of claim.related) problems.push(...relatedProblems(id, r, ctx));
    problems.push(...viewProblems(claim, ctx));
    for (const f of claim.figureCheck ?? []) {
      if (!(FIGURE_CHECK_IDS as readonly string[]).includes(f)) {
        problems.push(`${id}: unknown figure check '${f}'`);
      }
    }
  }
  for (const id of CLAIM_IDS) {
    if (!seen.has(id)) problems.push(`missing claim '${id}'`);
  }
  return problems;
}
