/**
 * The message catalogues (issue #31): the three languages have the same keys in the same order
 * (the build zips a translation's messages with the English keys), the same ICU arguments and
 * tags in every message, and every content id its words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/content/claim-types';
import { CONTENT_HI } from '../../src/content/i18n/content-hi';
import { CONTENT_RU } from '../../src/content/i18n/content-ru';
import { NAMES_HI } from '../../src/content/i18n/names-hi';
import { NAMES_RU } from '../../src/content/i18n/names-ru';
import { STORY_HI } from '../../src/content/i18n/story-hi';
import { STORY_RU } from '../../src/content/i18n/story-ru';
import { CLAIM_IDS, PRESET_IDS } from '../../src/content/ids';
import { PLACE_IDS } from '../../src/content/places';
import { TOUR_STEPS } from '../../src/content/tour';
import { PASSAGE_IDS } from '../../src/lib/routing/passages';
import { catalogueKeys } from '../../scripts/lib/vite-icu';
import { repoRoot } from '../geojson';
import { catalogueSource, rawCatalogue } from './raw-catalogue';

/** Argument names (with their kind) and tag names a message uses, sorted. */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        // <en> marks English words quoted inside another language: English needs none.
        if (el.value !== 'en') found.add(`<${el.value}>`);
        walk(el.children);
        continue;
      }
      // A number shown with a plural in one language may be a plain argument in another: the
      // name is what must match.
      found.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { requiresOtherClause: true }));
  return [...found].sort();
}

describe.each([
  ['en.ts', 'hi.ts', 'ru.ts'],
  ['planner-en.ts', 'planner-hi.ts', 'planner-ru.ts'],
])('the catalogues %s, %s, %s', (en, hi, ru) => {
  it('have the same keys in the same order', () => {
    const keys = catalogueKeys(catalogueSource(en));
    expect(keys.length).toBeGreaterThan(50);
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalogueKeys(catalogueSource(hi))).toEqual(keys);
    expect(catalogueKeys(catalogueSource(ru))).toEqual(keys);
  });

  it('use the same ICU arguments and tags in every message', async () => {
    const english = await rawCatalogue(en);
    for (const file of [hi, ru]) {
      const translated = await rawCatalogue(file);
      for (const [key, message] of Object.entries(english)) {
        expect(signature(translated[key]!), `${file} ${key}`).toEqual(signature(message));
      }
    }
  });

  it('every message parses, with an `other` for every plural and select', async () => {
    for (const file of [en, hi, ru]) {
      for (const [key, message] of Object.entries(await rawCatalogue(file))) {
        expect(() => parse(message, { requiresOtherClause: true }), `${file} ${key}`).not.toThrow();
      }
    }
  });
});

describe('content translations', () => {
  it.each([
    ['hi', CONTENT_HI, STORY_HI],
    ['ru', CONTENT_RU, STORY_RU],
  ] as const)('%s: every claim, category, view, place and tour step has its words', (_, c, s) => {
    for (const id of CLAIM_IDS) {
      expect(c.claims[id].title.trim(), id).not.toBe('');
      expect(s.claims[id].summary.trim(), id).not.toBe('');
    }
    for (const id of CATEGORY_IDS) expect(c.categories[id].label.trim(), id).not.toBe('');
    for (const id of PRESET_IDS) expect(c.presets[id].title.trim(), id).not.toBe('');
    for (const id of PLACE_IDS) expect(c.places[id].trim(), id).not.toBe('');
    expect(Object.keys(s.tour).sort()).toEqual(TOUR_STEPS.map((step) => step.id).sort());
    for (const step of TOUR_STEPS) {
      expect(s.tour[step.id]!.title.trim(), step.id).not.toBe('');
      expect(s.tour[step.id]!.text.trim(), step.id).not.toBe('');
    }
  });

  it('a map note exists in a language exactly where the English claim has one', async () => {
    const { CLAIMS } = await import('../../src/content/claims');
    for (const id of CLAIM_IDS) {
      const english = CLAIMS[id].mapNote !== undefined;
      expect(STORY_HI.claims[id].mapNote !== undefined, `hi ${id}`).toBe(english);
      expect(STORY_RU.claims[id].mapNote !== undefined, `ru ${id}`).toBe(english);
    }
  });

  it.each([
    ['hi', NAMES_HI],
    ['ru', NAMES_RU],
  ] as const)('%s: every passage and port the planner offers has a name', async (_, names) => {
    const ports = JSON.parse(readFileSync(resolve(repoRoot, 'geo/ports.geojson'), 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    for (const id of PASSAGE_IDS) expect(names.passages[id], id).toBeTruthy();
    for (const f of ports.features)
      expect(names.ports[f.properties.id], f.properties.id).toBeTruthy();
  });
});
