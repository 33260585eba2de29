/** A route's cost at the reader's choices: the state's settings, and canal dues per canal. */
import { describe, expect, it } from 'vitest';
import { FUELS } from '../../src/content/fuels';
import { VESSELS } from '../../src/content/vessels';
import { checkDues, costChoicesChanged, costForState } from '../../src/lib/costs/for-state';
import { voyageCost } from '../../src/lib/costs/model';
import { canalTransits } from '../../src/lib/routing/passages';
import { DEFAULT_STATE, LIMITS } from '../../src/lib/url/state';

const url = {
  ...DEFAULT_STATE,
  vessel: 'bulk-panamax',
  fuel: 'mgo',
  speed: 12,
  allowance: 3,
} as const;

describe('costForState', () => {
  it('is the model at the state’s vessel, fuel, speed, allowance and price', () => {
    const priced = { ...url, price: 612.5 };
    expect(costForState({ km: 8000, passages: ['malacca'] }, priced)).toEqual(
      voyageCost({
        km: 8000,
        vessel: VESSELS['bulk-panamax'],
        fuel: FUELS.mgo,
        knots: 12,
        allowanceDays: 3,
        priceUsdPerTonne: 612.5,
        canalDuesUsd: 0,
      }),
    );
  });

  it('charges the typed dues once per canal passed, never for straits', () => {
    const dues = { ...url, dues: 400_000 };
    const cost = (passages: string[]) => costForState({ km: 8000, passages }, dues).costUsd;
    const none = cost(['malacca', 'gibraltar', 'dover']);
    expect(cost(['babelmandeb', 'suez', 'gibraltar'])).toBeCloseTo(none + 400_000, 6);
    expect(cost(['suez', 'panama'])).toBeCloseTo(none + 800_000, 6);
    expect(canalTransits(['kiel', 'corinth', 'bering'])).toBe(2);
    expect(costForState({ km: 8000, passages: ['suez'] }, url).costUsd).toBeCloseTo(none, 6);
  });

  it('notices a change of any cost setting, and only those', () => {
    expect(costChoicesChanged(url, { ...url, dues: 1 })).toBe(true);
    expect(costChoicesChanged(url, { ...url, price: 500 })).toBe(true);
    expect(costChoicesChanged(url, { ...url, speed: 13 })).toBe(true);
    expect(costChoicesChanged(url, { ...url })).toBe(false);
  });
});

describe('checkDues', () => {
  it('takes a number of US dollars from 0 to the link’s limit; empty means none', () => {
    expect(checkDues(' 450000 ')).toEqual({ ok: true, value: 450_000 });
    expect(checkDues('')).toEqual({ ok: true, value: 0 });
    expect(checkDues(String(LIMITS.dues.max))).toEqual({ ok: true, value: LIMITS.dues.max });
  });

  it('refuses negatives, words, commas and likely typos with a plain sentence', () => {
    for (const text of ['-1', 'lots', '450,000']) {
      const checked = checkDues(text);
      expect(checked.ok, text).toBe(false);
      if (!checked.ok) expect(checked.problem).toMatch(/without commas/);
    }
    const tooMuch = checkDues(String(LIMITS.dues.max + 1));
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) expect(tooMuch.problem).toMatch(/likely typo/);
  });
});

describe('costForState for a voyage with stops (issue #30)', () => {
  const legs = [
    { km: 1000, passages: ['malacca'] },
    { km: 2000, passages: ['suez'] },
    { km: 3000, passages: ['suez', 'gibraltar'] },
  ];

  it('counts sea days over all legs and the allowance once per port call', () => {
    const voyage = { km: 6000, passages: ['malacca', 'suez', 'gibraltar'], legs };
    expect(costForState(voyage, url)).toEqual(
      voyageCost({
        km: 6000,
        vessel: VESSELS['bulk-panamax'],
        fuel: FUELS.mgo,
        knots: 12,
        allowanceDays: 3 * 3,
        canalDuesUsd: 0,
      }),
    );
  });

  it('charges canal dues per transit, leg by leg: Suez passed on two legs is two transits', () => {
    const dues = { ...url, dues: 100_000 };
    const voyage = { km: 6000, passages: ['malacca', 'suez', 'gibraltar'], legs };
    expect(costForState(voyage, dues).canalDuesUsd).toBe(200_000);
    // Without legs (a plain route) the passages count once.
    expect(costForState({ km: 6000, passages: voyage.passages }, dues).canalDuesUsd).toBe(100_000);
  });
});
