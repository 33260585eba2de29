import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_SENTENCES } from '../src/content/article';
import { checkArticleFigures } from '../src/lib/analysis/figure-check';
import { CATEGORIES, CLAIMS, CLAIM_LIST } from '../src/content/claims';
import { CLAIM_IDS, ROUTE_IDS } from '../src/content/ids';
import { PLACES, PLACE_IDS } from '../src/content/places';
import { CATEGORY_IDS, type Claim, type Place } from '../src/content/claim-types';
import { claimsToGeoJSON } from '../src/lib/claims/markers';
import {
  isVerbatimPassage,
  sentenceCount,
  validateClaims,
  type ClaimContext,
} from '../src/lib/claims/validate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE_PATH = path.resolve(repoRoot, '../shared/source/article.txt');
const NE_PLACES_PATH = path.resolve(
  repoRoot,
  '../shared/data/ne_50m_populated_places_simple.geojson',
);

/** ISO 3166-2 codes of the Far East region features (geo/far-east-regions.geojson). */
const REGION_IDS = [
  'RU-BU', 'RU-ZAB', 'RU-SA', 'RU-AMU', 'RU-YEV', 'RU-PRI',
  'RU-KHA', 'RU-SAK', 'RU-MAG', 'RU-KAM', 'RU-CHU',
]; // prettier-ignore

/** Reads a shared input; a missing file fails the test (it must never be skipped). */
function readShared(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`Shared input missing: ${file}. The claims tests need it; they cannot skip.`);
  }
  return readFileSync(file, 'utf8');
}

function context(overrides: Partial<ClaimContext> = {}): ClaimContext {
  return {
    articleText: readShared(ARTICLE_PATH),
    regionIds: REGION_IDS,
    routeIds: ROUTE_IDS,
    places: PLACES,
    ...overrides,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
/** A deep, writable copy of the real catalogue to break on purpose. */
function copyClaims(): Mutable<Claim>[] {
  return structuredClone(CLAIM_LIST) as Mutable<Claim>[];
}
function claimIn(claims: Mutable<Claim>[], id: string): Mutable<Claim> {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

describe('the claims catalogue', () => {
  it('validates against the article and the map ids', () => {
    expect(validateClaims(CLAIM_LIST, context())).toEqual([]);
  });

  it('is keyed by id and listed in CLAIM_IDS order', () => {
    for (const [key, claim] of Object.entries(CLAIMS)) expect(claim.id).toBe(key);
    expect(CLAIM_LIST.map((c) => c.id)).toEqual([...CLAIM_IDS]);
  });

  it('ties each quote to exactly one passage of the article', () => {
    const text = context().articleText;
    for (const { id, quote } of CLAIM_LIST) {
      expect(text.split(quote).length - 1, id).toBe(1);
    }
  });

  it('takes place coordinates from Natural Earth, rounded to 4 decimals', () => {
    const ne = JSON.parse(readShared(NE_PLACES_PATH)) as {
      features: { properties: { name: string }; geometry: { coordinates: number[] } }[];
    };
    const round = (x: number | undefined) => Math.round((x ?? NaN) * 1e4) / 1e4;
    for (const id of PLACE_IDS) {
      const { naturalEarthName, coordinates } = PLACES[id];
      expect(naturalEarthName, id).toBeDefined();
      const matches = ne.features.filter((f) => f.properties.name === naturalEarthName);
      expect(matches, id).toHaveLength(1);
      const [lon, lat] = matches[0]?.geometry.coordinates ?? [];
      expect(coordinates, id).toEqual([round(lon), round(lat)]);
    }
  });

  it('has four categories with distinct symbols and colours readable on white', () => {
    expect(Object.keys(CATEGORIES)).toEqual([...CATEGORY_IDS]);
    const cats = Object.values(CATEGORIES);
    expect(new Set(cats.map((c) => c.symbol)).size).toBe(cats.length);
    expect(new Set(cats.map((c) => c.colour.toLowerCase())).size).toBe(cats.length);
    for (const c of cats) {
      expect(c.colour).toMatch(/^#[0-9a-f]{6}$/i);
      // WCAG 2.1 SC 1.4.11: graphics need 3:1 against their background.
      expect(contrastWithWhite(c.colour), c.id).toBeGreaterThanOrEqual(3);
    }
    for (const id of CATEGORY_IDS)
      expect(
        CLAIM_LIST.some((c) => c.category === id),
        id,
      ).toBe(true);
  });

  it('links the corridor claim to the figure checks and the corridor route', () => {
    const corridor = CLAIMS['chennai-vladivostok'];
    expect(corridor.figureCheck).toEqual(
      expect.arrayContaining(['distance', 'days', 'days-before']),
    );
    expect(corridor.related).toContainEqual({ kind: 'route', id: 'corridor' });
  });

  it('links only to rows the figure check produces, each checking a figure of the article', () => {
    // Any positive lengths do: the row ids and their sources do not depend on the numbers.
    const rows = checkArticleFigures({
      corridorKm: 10_000,
      variantKm: 11_000,
      comparisonKm: 16_000,
      knots: 14,
      allowanceDays: 2,
    });
    const sourceOf = new Map(rows.map((row) => [row.id as string, row.source.sourceId]));
    const linked = CLAIM_LIST.flatMap((c) => (c.figureCheck ?? []).map((id) => [c.id, id]));
    expect(linked.length).toBeGreaterThan(0);
    for (const [claim, id] of linked) expect(sourceOf.get(id!), `${claim} → ${id}`).toBe('news18');
  });

  it('rejects a figure-check row the figure check does not produce', () => {
    const claims = copyClaims();
    claimIn(claims, 'chennai-vladivostok').figureCheck = ['corridor-days' as never];
    expect(validateClaims(claims, context())).toContain(
      "chennai-vladivostok: unknown figure check 'corridor-days'",
    );
  });
});

describe('article metadata', () => {
  it('matches the article text', () => {
    const text = readShared(ARTICLE_PATH);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain(ARTICLE.title);
    expect(lines).toContain(`By: ${ARTICLE.author}`);
    expect(lines).toContain(ARTICLE.dateline);
    expect(lines).toContain(`first published:${ARTICLE.firstPublished.text}`);
    expect(lines).toContain(`last updated:${ARTICLE.lastUpdated.text}`);
  });

  it('quotes each shared sentence verbatim, as a whole sentence', () => {
    const text = readShared(ARTICLE_PATH);
    for (const sentence of Object.values(ARTICLE_SENTENCES)) {
      expect(isVerbatimPassage(text, sentence), sentence).toBe(true);
      expect(sentenceCount(sentence)).toBe(1);
    }
  });

  it('gives the same instants in ISO form', () => {
    for (const t of [ARTICLE.firstPublished, ARTICLE.lastUpdated]) {
      const m = /^(\w+) (\d\d), (\d{4}), (\d\d):(\d\d) IST$/.exec(t.text);
      expect(m, t.text).not.toBeNull();
      const [, month, day, year, hh, mm] = m ?? [];
      const parsed = Date.parse(`${month} ${day}, ${year} ${hh}:${mm} GMT+0530`);
      expect(Date.parse(t.iso)).toBe(parsed);
    }
  });
});

describe('validateClaims reports a broken catalogue', () => {
  const cases: [
    string,
    (c: Mutable<Claim>[], p: Record<string, Mutable<Place>>) => void,
    string,
  ][] = [
    [
      'a quote with one changed character',
      (c) => void (claimIn(c, 'relos').quote = claimIn(c, 'relos').quote.replace('inked', 'inkef')),
      'relos: quote is not a verbatim passage of the article',
    ],
    [
      'a straight apostrophe for the article’s curly one',
      (c) => {
        const claim = claimIn(c, 'far-east-investment');
        claim.quote = claim.quote.replace('’', "'");
      },
      'far-east-investment: quote is not a verbatim passage of the article',
    ],
    [
      'a quote cut mid-word',
      (c) => void (claimIn(c, 'ak-203').quote = 'f these, the crucial ones'),
      'ak-203: quote is not a verbatim passage of the article',
    ],
    [
      'a quote of two sentences',
      (c) =>
        void (claimIn(c, 'ak-203').quote =
          'The first of the delivery for S-400 has already started. The other big fillip'),
      'ak-203: quote must be one sentence or less, at most 300 characters',
    ],
    ['a duplicated id', (c) => void c.push(structuredClone(c[3]!)), "duplicate claim id 'relos'"],
    [
      'a missing id',
      (c) =>
        void c.splice(
          c.findIndex((x) => x.id === 'ministers'),
          1,
        ),
      "missing claim 'ministers'",
    ],
    [
      'an out-of-range coordinate',
      (_c, p) => void (p['chennai']!.coordinates = [80.2781, 113.0919]),
      "place 'chennai': coordinates out of range: 80.2781, 113.0919",
    ],
    [
      'an unknown region id',
      (c) => void (claimIn(c, 'vibrant-gujarat').related[1] = { kind: 'regions', ids: ['RU-XX'] }),
      "vibrant-gujarat: unknown region 'RU-XX'",
    ],
    [
      'an unknown route id',
      (c) => {
        const related = claimIn(c, 'chennai-vladivostok').related;
        related[0] = { kind: 'route', id: 'suez' as 'corridor' };
      },
      "chennai-vladivostok: unknown route 'suez'",
    ],
    [
      'an unknown place',
      (c) => void claimIn(c, 'putin-visit').places.push('moscow'),
      "putin-visit: unknown place 'moscow'",
    ],
    [
      'view bounds that miss the place',
      (c) =>
        void (claimIn(c, 'ministers').view = {
          bounds: [
            [30, 40],
            [50, 60],
          ],
        }),
      "ministers: place 'new-delhi' lies outside the view bounds",
    ],
    [
      'a three-sentence summary',
      (c) => void (claimIn(c, 's-400').summary += ' It is long. Too long.'),
      's-400: summary has 4 sentences',
    ],
    [
      'a title over 40 characters',
      (c) => void (claimIn(c, 'agreements').title = 'x'.repeat(41)),
      'agreements: title must be 1–40 characters (has 41)',
    ],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    const claims = copyClaims();
    const places = structuredClone(PLACES) as Record<string, Mutable<Place>>;
    mutate(claims, places);
    expect(validateClaims(claims, context({ places }))).toContain(expected);
  });
});

describe('text helpers', () => {
  it('counts sentences', () => {
    expect(sentenceCount('')).toBe(0);
    expect(sentenceCount('One. Two “quoted”. Three?')).toBe(3);
    expect(sentenceCount('About 10,300 km, from 40 days to 24.')).toBe(1);
  });

  it('matches passages only at word boundaries', () => {
    expect(isVerbatimPassage('Russia’s Far East', 'Russia’s Far')).toBe(true);
    expect(isVerbatimPassage('Russia’s Far East', 'ussia’s')).toBe(false);
    expect(isVerbatimPassage('India, India', 'India')).toBe(true);
    expect(isVerbatimPassage('xIndia India', 'India')).toBe(true);
    expect(isVerbatimPassage('anything', '')).toBe(false);
  });
});

describe('claimsToGeoJSON', () => {
  const fc = claimsToGeoJSON(CLAIM_LIST, PLACES);

  it('gives one valid Point per claim, in catalogue order, at its first place', () => {
    expect(getIssues(JSON.stringify(fc))).toEqual([]);
    expect(fc.features.map((f) => f.properties.id)).toEqual(CLAIM_LIST.map((c) => c.id));
    for (const [i, f] of fc.features.entries()) {
      const claim = CLAIM_LIST[i]!;
      expect(f.geometry.coordinates).toEqual([...PLACES[claim.places[0]].coordinates]);
      expect(f.properties.category).toBe(claim.category);
    }
  });

  it('numbers the claims sharing a place 0..n-1', () => {
    // Map.groupBy is not in Node 20.
    const byPlace = new Map<string, typeof fc.features>();
    for (const f of fc.features) {
      byPlace.set(f.properties.place, [...(byPlace.get(f.properties.place) ?? []), f]);
    }
    for (const [place, features] of byPlace) {
      const n = features.length;
      expect(
        features.map((f) => f.properties.slot),
        place,
      ).toEqual([...Array(n).keys()]);
      for (const f of features) expect(f.properties.slotCount, place).toBe(n);
    }
    const delhi = CLAIM_LIST.filter((c) => c.places[0] === 'new-delhi').length;
    expect(delhi).toBeGreaterThan(1);
    expect(byPlace.get('new-delhi')).toHaveLength(delhi);
  });

  it('slots a small input exactly', () => {
    const base = CLAIMS['ak-203'];
    const claims = [
      { ...base, id: 'relos' as const, places: ['chennai'] as const },
      { ...base, id: 'ak-203' as const, places: ['vladivostok'] as const },
      { ...base, id: 's-400' as const, places: ['chennai', 'vladivostok'] as const },
    ];
    const slots = claimsToGeoJSON(claims, PLACES).features.map((f) => [
      f.properties.id,
      f.properties.slot,
      f.properties.slotCount,
    ]);
    expect(slots).toEqual([
      ['relos', 0, 2],
      ['ak-203', 0, 1],
      ['s-400', 1, 2],
    ]);
  });

  it('throws on an unknown place', () => {
    const bad = { ...CLAIMS['ak-203'], places: ['atlantis'] as const };
    expect(() => claimsToGeoJSON([bad], PLACES)).toThrow(/ak-203.*atlantis/);
  });
});

/** WCAG contrast ratio of a `#rrggbb` colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}
