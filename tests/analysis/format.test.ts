import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatKm,
  formatKnots,
  formatNm,
  formatNumber,
  formatPct,
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
});
