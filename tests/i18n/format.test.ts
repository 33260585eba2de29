/**
 * Numbers, units and plurals in each language (issue #31): Intl in the language's locale (Indian
 * grouping in Hindi, spaces and a decimal comma in Russian), units from the messages, the plural
 * form of a number as it is shown.
 */
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/content/i18n/en';
import { HI } from '../../src/content/i18n/hi';
import { RU } from '../../src/content/i18n/ru';
import {
  formatDays,
  formatKm,
  formatNm,
  formatNumber,
  formatPct,
  formatUsd,
  type Tr,
} from '../../src/lib/analysis/format';
import { negotiateLocale } from '../../src/lib/i18n/locales';
import { pluralForm, selectKey, Translator } from '../../src/lib/i18n/translator';
import type { MessageKey } from '../../src/content/i18n/en';

const hi: Tr = new Translator<MessageKey>('hi', HI);
const ru: Tr = new Translator<MessageKey>('ru', RU);
const en: Tr = new Translator<MessageKey>('en', EN);
/** ICU versions write the Russian group separator as a no-break or a narrow no-break space. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers in each language', () => {
  it('groups as the locale does: en-GB commas, hi-IN lakh, ru-RU spaces and a decimal comma', () => {
    expect(formatNumber(1234567, 0, en)).toBe('1,234,567');
    expect(formatNumber(123456, 0, hi)).toBe('1,23,456');
    expect(formatNumber(1234567, 0, hi)).toBe('12,34,567');
    expect(spaces(formatNumber(10312.45, 1, ru))).toBe('10 312,5');
  });

  it('labels units in each language', () => {
    expect(formatKm(10312.4, en)).toBe('10,312 km');
    expect(spaces(formatKm(10312.4, ru))).toBe('10 312 км');
    expect(formatKm(10312.4, hi)).toBe('10,312 किमी');
    expect(spaces(formatNm(5600, ru))).toBe('5 600 мор. миль');
    expect(formatNm(5600, hi)).toBe('5,600 समुद्री मील');
    // Russian nautical miles agree with the number (the scale bar shows 1, 2, 3 and 5).
    expect(formatNm(1, ru)).toBe('1 мор. миля');
    expect(formatNm(3, ru)).toBe('3 мор. мили');
    expect(spaces(formatNm(5601, ru))).toBe('5 601 мор. миля');
    expect(formatNm(5, ru)).toBe('5 мор. миль');
    expect(formatNm(1, en)).toBe('1 nm');
    expect(spaces(formatUsd(-109600, { signed: true }, ru))).toMatch(/^[-−]109 600 USD$/);
    expect(formatPct(1.23, {}, en)).toBe('+1.2%');
  });

  it('chooses the plural form of a number as it is shown, decimals included', () => {
    // CLDR: a visible decimal makes Russian "other" (дня) and English "other" (days).
    expect(pluralForm('ru', 5, 1)).toBe('other');
    expect(pluralForm('ru', 5, 0)).toBe('many');
    expect(pluralForm('en', 1, 1)).toBe('other');
    expect(pluralForm('en', 1, 0)).toBe('one');
    expect(spaces(formatDays(5, ru))).toBe('5,0 дня');
    expect(spaces(formatDays(1, ru, 0))).toBe('1 день');
    expect(spaces(formatDays(3, ru, 0))).toBe('3 дня');
    expect(spaces(formatDays(5, ru, 0))).toBe('5 дней');
    expect(spaces(formatDays(21, ru, 0))).toBe('21 день');
    expect(formatDays(1, en, 0)).toBe('1 day');
    expect(formatDays(1, en)).toBe('1.0 days');
    expect(formatDays(24.3, hi)).toBe('24.3 दिन');
  });

  it('writes Russian plurals of counts with one, few and many forms', () => {
    const count = (n: number) => spaces(ru.t('claims.intro', { count: n }));
    expect(count(1)).toMatch(/^В статье 1 заявление /);
    expect(count(3)).toMatch(/^В статье 3 заявления /);
    expect(count(12)).toMatch(/^В статье 12 заявлений /);
    expect(count(21)).toMatch(/^В статье 21 заявление /);
  });

  it('gives a message with tags as plain text where no element can be made', () => {
    expect(en.t('welcome.line', { steps: 11 })).toBe(
      'New here? Take the tour: the article’s story in 11 steps.',
    );
  });

  it('selects by the atlas’s hyphenated ids', () => {
    expect(selectKey('days-before')).toBe('days_before');
    expect(
      en.t('data.failed', { file: selectKey('sea-network'), kind: 'offline', status: 0 }),
    ).toBe('The sea-lane network could not be loaded (no connection).');
  });
});

describe('negotiateLocale', () => {
  it('takes the first of the browser’s languages the atlas speaks, by primary subtag', () => {
    expect(negotiateLocale(['ru-UA', 'en-GB'])).toBe('ru');
    expect(negotiateLocale(['fr-FR', 'hi-IN', 'ru'])).toBe('hi');
    expect(negotiateLocale(['EN-us'])).toBe('en');
    expect(negotiateLocale(['de', 'fr'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
