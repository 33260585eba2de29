/**
 * Intl's formatters, built once per arguments. Building one looks its locale up in the browser's
 * data; the interface writes hundreds of numbers, dates and plural forms as it starts and as a
 * reader moves a slider, and `pluralForm` and the date formats built one per call. Formatters are
 * immutable, so one per (locale, options) serves every call, in every language. (The opening
 * view's main-thread time did not move measurably: most of Intl's cost there is the first use's
 * one-time set-up, issue #26.)
 */
import type { Formatters } from 'intl-messageformat';

/** `make`, remembered by its arguments (JSON: locales and plain option objects). */
function cached<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}

export const numberFormat = cached(
  (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
);
export const dateTimeFormat = cached(
  (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
);
export const pluralRules = cached(
  (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
);

/**
 * The formatters every message shares (FormatJS's `formatters` option: by default each message
 * builds and keeps its own).
 */
export const MESSAGE_FORMATTERS: Formatters = {
  // FormatJS types its options with a newer draft of ECMA-402 (trailingZeroDisplay's
  // "stripToMinimum"); Intl takes them as they are.
  getNumberFormat: (locales, options) => numberFormat(locales, options as Intl.NumberFormatOptions),
  getDateTimeFormat: dateTimeFormat,
  getPluralRules: pluralRules,
};
