/** Intl's formatters are built once per arguments (src/lib/i18n/intl-cache.ts). */
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRules } from '../../src/lib/i18n/intl-cache';

describe('the Intl formatter cache', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const a = numberFormat('ru-RU', { maximumFractionDigits: 1 });
    expect(numberFormat('ru-RU', { maximumFractionDigits: 1 })).toBe(a);
    expect(numberFormat('ru-RU', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(numberFormat('hi-IN', { maximumFractionDigits: 1 })).not.toBe(a);
    expect(a.format(12345.67)).toBe(
      new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(12345.67),
    );
    expect(dateTimeFormat('en-GB', { month: 'long' })).toBe(
      dateTimeFormat('en-GB', { month: 'long' }),
    );
    expect(pluralRules('ru-RU')).toBe(pluralRules('ru-RU'));
    expect(pluralRules('ru-RU').select(3)).toBe('few');
  });
});
