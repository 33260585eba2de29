/** `lang=` in the link (issue #31): read, checked, written only when given, a history entry. */
import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import { decideHistoryAction } from '../../src/lib/url/history';
import { DEFAULT_STATE } from '../../src/lib/url/state';

const catalogues = { portIds: new Set(['chennai']) };

describe('lang=', () => {
  it('reads the three languages and writes them back', () => {
    for (const lang of ['en', 'hi', 'ru'] as const) {
      const { state, problems } = parseHash(`#lang=${lang}`, catalogues);
      expect(problems).toEqual([]);
      expect(state.lang).toBe(lang);
      expect(serializeHash(state)).toBe(`#lang=${lang}`);
    }
  });

  it('is left out when not given: the browser’s language applies', () => {
    expect(parseHash('', catalogues).state.lang).toBeNull();
    expect(serializeHash(DEFAULT_STATE)).toBe('');
  });

  it('drops an unknown or hostile value with the usual notice', () => {
    for (const value of ['fr', 'RU', '<script>', 'hi-IN']) {
      const { state, problems } = parseHash(`#lang=${encodeURIComponent(value)}`, catalogues);
      expect(state.lang).toBeNull();
      expect(problems.map((p) => p.code)).toEqual(['unknown-id']);
      expect(problems[0]!.message).not.toMatch(/[<>]/);
    }
  });

  it('changing it is deliberate navigation: a history entry', () => {
    expect(decideHistoryAction(DEFAULT_STATE, { ...DEFAULT_STATE, lang: 'hi' })).toBe('push');
    expect(
      decideHistoryAction({ ...DEFAULT_STATE, lang: 'hi' }, { ...DEFAULT_STATE, lang: 'ru' }),
    ).toBe('push');
  });
});
