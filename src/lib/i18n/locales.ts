/**
 * The atlas's languages (issue #31): their ids as the URL carries them (`lang=`), the BCP 47 tags
 * that Intl formats with, and the browser's choice when a link names none.
 */

/** Interface languages, in menu order; English is the source and the fallback. */
export const LOCALES = ['en', 'hi', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The tag each language formats numbers and dates with: British English (as before), Hindi in
 * India (lakh grouping, 1,23,456), Russian in Russia (spaces, decimal comma).
 */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-GB', hi: 'hi-IN', ru: 'ru-RU' };

/** The member of LOCALES equal to `value`, or null. */
export function findLocale(value: string): Locale | null {
  return LOCALES.find((l) => l === value) ?? null;
}

/**
 * The first of the browser's languages (`navigator.languages`, most preferred first) that the
 * atlas speaks, matched on the primary subtag ("ru-UA" → ru, "hi" → hi); English when none is.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const found = findLocale(tag.split(/[-_]/)[0]!.toLowerCase());
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
