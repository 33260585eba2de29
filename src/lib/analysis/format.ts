/**
 * Display formatting with units, in a language (issue #31): numbers through `Intl` in the
 * language's locale (en-GB "10,312", hi-IN "1,23,456", ru-RU "10 312,5"), units and their plural
 * forms through the language's messages (`unit.*` in src/content/i18n/). Output never depends on
 * the machine's or the browser's own locale. Without a translator, English (en-GB), as before.
 */
import { EN, type MessageKey } from '../../content/i18n/en';
import { LOCALE_TAGS } from '../i18n/locales';
import { dateTimeFormat, numberFormat } from '../i18n/intl-cache';
import { pluralForm, Translator } from '../i18n/translator';

export type Tr = Translator<MessageKey>;

/** British English, the default of every function here. */
export const ENGLISH: Tr = new Translator<MessageKey>('en', EN);

function formatter(
  tr: Tr,
  decimals: number,
  signed: boolean,
  style: 'decimal' | 'percent' = 'decimal',
): Intl.NumberFormat {
  return numberFormat(LOCALE_TAGS[tr.locale], {
    style,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // 'exceptZero' also drops the sign of values that round to zero ("0.0%", never "-0.0%").
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

/** A number with the language's grouping and a fixed number of decimals: 10312.4 → "10,312". */
export function formatNumber(value: number, decimals = 0, tr: Tr = ENGLISH): string {
  return formatter(tr, decimals, false).format(value);
}

/** A number and its unit message (`unit.km`…), the unit's plural form chosen as it is shown. */
function withUnit(
  tr: Tr,
  key: MessageKey,
  value: number,
  decimals: number,
  signed = false,
): string {
  return tr.t(key, {
    n: formatter(tr, decimals, signed).format(value),
    form: pluralForm(tr.locale, Math.abs(value), decimals),
  });
}

/** Kilometres, e.g. 10312.4 → "10,312 km" ("10 312 км", "10,312 किमी"). */
export function formatKm(km: number, tr: Tr = ENGLISH): string {
  return withUnit(tr, 'unit.km', km, 0);
}

/** Nautical miles, e.g. 5600 → "5,600 nm" ("5 600 мор. миль", "5,600 समुद्री मील"). */
export function formatNm(nm: number, tr: Tr = ENGLISH): string {
  return withUnit(tr, 'unit.nm', nm, 0);
}

/** Days with one decimal, e.g. 24.25 → "24.3 days" ("24,3 дня"); whole days with `decimals` 0. */
export function formatDays(days: number, tr: Tr = ENGLISH, decimals = 1): string {
  return withUnit(tr, 'unit.days', days, decimals);
}

/** A speed in knots with one decimal, e.g. 9.6556 → "9.7 kn" ("9,7 уз"). */
export function formatKnots(knots: number, tr: Tr = ENGLISH): string {
  return withUnit(tr, 'unit.kn', knots, 1);
}

/** A percentage with one decimal, signed by default: 1.23 → "+1.2%", -6.5 → "-6.5%" ("+1,2 %"). */
export function formatPct(
  pct: number,
  { signed = true }: { signed?: boolean } = {},
  tr: Tr = ENGLISH,
): string {
  return formatter(tr, 1, signed, 'percent').format(pct / 100);
}

/** Tonnes, e.g. 639.4 → "639 t"; `signed` for differences ("+12 t", "-245 t"). */
export function formatTonnes(
  tonnes: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
  tr: Tr = ENGLISH,
): string {
  return withUnit(tr, 'unit.t', tonnes, decimals, signed);
}

/**
 * US dollars with the ISO code, e.g. 286046.2 → "USD 286,046"; `signed` for differences
 * ("-USD 109,600"; Russian writes the code after the number). Built from the number formatter,
 * not Intl's currency style, whose spacing differs between ICU versions.
 */
export function formatUsd(
  usd: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
  tr: Tr = ENGLISH,
): string {
  const text = formatter(tr, decimals, signed).format(usd);
  const sign = /^[+\-−]/.test(text) ? text.slice(0, 1) : '';
  return tr.t('unit.usd', { sign, n: text.slice(sign.length) });
}

/** Every formatter above, bound to one language: what the panels use (`fmt.km(…)`). */
export function quantities(tr: Tr) {
  return {
    /** The BCP 47 tag of the language (for Intl's list and date formats). */
    tag: LOCALE_TAGS[tr.locale],
    number: (value: number, decimals = 0) => formatNumber(value, decimals, tr),
    km: (km: number) => formatKm(km, tr),
    nm: (nm: number) => formatNm(nm, tr),
    days: (days: number, decimals = 1) => formatDays(days, tr, decimals),
    knots: (knots: number) => formatKnots(knots, tr),
    pct: (pct: number, options?: { signed?: boolean }) => formatPct(pct, options, tr),
    tonnes: (tonnes: number, options?: { decimals?: number; signed?: boolean }) =>
      formatTonnes(tonnes, options, tr),
    usd: (usd: number, options?: { decimals?: number; signed?: boolean }) =>
      formatUsd(usd, options, tr),
    /** An ISO instant's date and time in India (the article's IST), e.g. "5 дек. 2021 г., 14:54". */
    dateTime: (iso: string) =>
      dateTimeFormat(LOCALE_TAGS[tr.locale], {
        dateStyle: 'long',
        timeStyle: 'short',
        // A 24-hour clock: Hindi's CLDR data writes a 12-hour one's "am" and "pm" in Latin.
        hourCycle: 'h23',
        timeZone: 'Asia/Kolkata',
      }).format(new Date(iso)),
    /** An ISO date's day (no time-zone shift), e.g. "5 December 2021", "5 дек. 2021 г.". */
    date: (iso: string, month: 'long' | 'short') =>
      dateTimeFormat(LOCALE_TAGS[tr.locale], {
        day: 'numeric',
        month,
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso.slice(0, 10)}T00:00Z`)),
  };
}

export type Quantities = ReturnType<typeof quantities>;
