import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatNumber,
  formatPct,
  formatTonnes,
  formatUsd,
} from '../../src/lib/analysis/format';

describe('format', () => {
  it('groups thousands with commas and rounds to whole km / nm', () => {
    expect(formatKm(10312.4)).toBe('10,312 km');
    expect(formatKm(10312.5)).toBe('10,313 km');
    expect(formatNm(5600)).toBe('5,600 nm');
    expect(formatNm(1234567.8)).toBe('1,234,568 nm');
  });

  it('keeps one decimal for days and knots', () => {
    expect(formatDays(24.25)).toBe('24.3 days');
    expect(formatDays(16.6666)).toBe('16.7 days');
    expect(formatKnots(9.6555)).toBe('9.7 kn');
  });

  it('signs percentages, but not values that round to zero', () => {
    expect(formatPct(1.23)).toBe('+1.2%');
    expect(formatPct(-6.54)).toBe('-6.5%');
    expect(formatPct(-0.04)).toBe('0.0%');
    expect(formatPct(0)).toBe('0.0%');
    expect(formatPct(-6.54, { signed: false })).toBe('-6.5%');
    expect(formatPct(6.54, { signed: false })).toBe('6.5%');
  });

  it('formats plain numbers with a chosen number of decimals', () => {
    expect(formatNumber(1234.5678, 2)).toBe('1,234.57');
    expect(formatNumber(0.5)).toBe('1');
  });

  it('formats tonnes, whole by default, signed for differences', () => {
    expect(formatTonnes(639.4)).toBe('639 t');
    expect(formatTonnes(12345.6)).toBe('12,346 t');
    expect(formatTonnes(0.12849, { decimals: 3 })).toBe('0.128 t');
    expect(formatTonnes(-245.2, { signed: true })).toBe('-245 t');
    expect(formatTonnes(12, { signed: true })).toBe('+12 t');
    expect(formatTonnes(-0.4, { signed: true })).toBe('0 t');
  });

  it('formats US dollars with the code before the number and the sign before the code', () => {
    expect(formatUsd(286046.2)).toBe('USD 286,046');
    expect(formatUsd(57.21, { decimals: 2 })).toBe('USD 57.21');
    expect(formatUsd(0)).toBe('USD 0');
    expect(formatUsd(-109600)).toBe('-USD 109,600');
    expect(formatUsd(-109600, { signed: true })).toBe('-USD 109,600');
    expect(formatUsd(1234, { signed: true })).toBe('+USD 1,234');
    expect(formatUsd(-0.3, { signed: true })).toBe('USD 0');
  });
});

describe('format, written out: the same text as Intl.NumberFormat en-GB (issue #26)', () => {
  const intl = (value: number, decimals: number, signed: boolean) =>
    new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  const edges = [
    0, -0, 0.5, -0.5, 1.005, 2.5, -2.5, 0.125, -0.04, 999.95, 999999.5, 1e15, -1e15, 1e-7, 1e21,
  ];

  it('for edge values: halves, negative zero, values rounding to zero, large numbers', () => {
    for (const value of edges) {
      for (const decimals of [0, 1, 2, 3]) {
        expect(formatNumber(value, decimals), `${value} to ${decimals}`).toBe(
          intl(value, decimals, false),
        );
        expect(formatPct(value), `${value} signed`).toBe(`${intl(value, 1, true)}%`);
      }
    }
  });

  it('for any finite number, signed or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          // Values written with few decimals, where halves to round are common.
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
          fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (value, decimals, signed) => {
          const ours = formatTonnes(value, { decimals, signed });
          expect(ours).toBe(`${intl(value, decimals, signed)} t`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('dates, written out: the same text as Intl.DateTimeFormat en-GB (issue #26)', () => {
  it('for a day of every month, long and short', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2021-${String(month).padStart(2, '0')}-05T12:00:00+05:30`;
      for (const style of ['long', 'short'] as const) {
        const intl = new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: style,
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${iso.slice(0, 10)}T00:00Z`));
        expect(formatDate(iso, style)).toBe(intl);
      }
    }
    expect(formatDate('2021-12-05', 'long')).toBe('5 December 2021');
  });
});
