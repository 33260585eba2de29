import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHash, serializeHash, URL_KEYS } from '../../src/lib/url/codec';
import { MAX_PROBLEMS } from '../../src/lib/url/problems';
import { CATALOGUES, randomHash, stateErrors, structuredHash, validStateArb } from './helpers';

/** parse never throws, yields a valid state, safe messages; reading its output is a fixpoint. */
function checkParse(hash: string): void {
  const { state, problems } = parseHash(hash, CATALOGUES);
  expect(stateErrors(state)).toEqual([]);
  expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  for (const p of problems) {
    expect(p.message).toMatch(/^[^<>&]{1,160}$/);
    expect(p.key).toMatch(/^[A-Za-z0-9._,:/-]{0,24}…?$/);
  }
  expect(parseHash(serializeHash(state), CATALOGUES)).toEqual({ state, problems: [] });
}

describe('parseHash on generated hashes (12,000 in all)', () => {
  test('structured near-valid hashes', () => {
    fc.assert(fc.property(structuredHash, checkParse), { numRuns: 8000 });
  });
  test('random strings', () => {
    fc.assert(fc.property(randomHash, checkParse), { numRuns: 4000 });
  });
});

describe('serializeHash', () => {
  test('parseHash(serializeHash(s)) returns s exactly for any valid state', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        expect(stateErrors(state)).toEqual([]);
        expect(parseHash(serializeHash(state), CATALOGUES)).toEqual({ state, problems: [] });
      }),
      { numRuns: 3000 },
    );
  });
  test('writes only URL-safe characters and keys in a fixed order, map first', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const hash = serializeHash(state);
        // `_`, `+` and `;` separate the fields of pinned routes (pins=); all need no escaping.
        expect(hash).toMatch(/^(#[A-Za-z0-9=&.,:/_+;-]+)?$/);
        const keys = hash
          .slice(1)
          .split('&')
          .filter(Boolean)
          .map((p) => p.split('=')[0] ?? '');
        const order = keys.map((k) => (URL_KEYS as readonly string[]).indexOf(k));
        expect(order.every((i, n) => i >= 0 && (n === 0 || i > (order[n - 1] ?? -1)))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
