import { describe, expect, it } from 'vitest';
import {
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
