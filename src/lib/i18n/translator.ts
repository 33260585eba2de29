/**
 * Messages in ICU MessageFormat (FormatJS `intl-messageformat`). Catalogues arrive compiled: the
 * build (scripts/lib/vite-icu.ts) parses every message into FormatJS's AST, and the bundle carries
 * no parser (vite.config.ts aliases it to FormatJS's `no-parser`). A message without arguments
 * compiles to its plain text.
 */
import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MESSAGE_FORMATTERS, pluralRules } from './intl-cache';
import { LOCALE_TAGS, type Locale } from './locales';

/** A compiled message: its text, or FormatJS's AST when it has arguments, plurals or tags. */
export type Message = string | readonly MessageFormatElement[];

/** A compiled catalogue: every key of the English source, in one language. */
export type Catalogue<K extends string = string> = Readonly<Record<K, Message>>;

export type Values = Record<string, PrimitiveType>;

/** Values for a message with tags (`<b>…</b>`): each tag name maps to what wraps its content. */
export type RichValues<T> = Record<string, PrimitiveType | T | FormatXMLElementFn<T, T>>;

/** The tags messages use, as plain text (for `t`, where no element can be made). */
const PLAIN_TAGS: Record<string, (chunks: string[]) => string> = Object.fromEntries(
  ['b', 'i', 'cite', 'en', 'wide', 'take'].map((tag) => [
    tag,
    (chunks: string[]) => chunks.join(''),
  ]),
);

/** Formats the messages of one catalogue in one language; formats are kept once built. */
export class Translator<K extends string = string> {
  readonly tag: string;
  private readonly formats = new Map<K, IntlMessageFormat>();

  constructor(
    readonly locale: Locale,
    private readonly catalogue: Catalogue<K>,
  ) {
    this.tag = LOCALE_TAGS[locale];
  }

  private format(key: K): IntlMessageFormat | string {
    const message = this.catalogue[key];
    if (message === undefined)
      throw new Error(`No message "${key}" in the ${this.locale} catalogue`);
    // Compiled plain text has no brace or tag left; a string with one is a message the build did
    // not compile (Node scripts and test runners import the catalogues as they are): parsed here,
    // with the parser the browser's bundle leaves out.
    if (typeof message === 'string' && !/[{<]/.test(message)) return message;
    let f = this.formats.get(key);
    if (!f) {
      // The AST is FormatJS's own type; its constructor declares it mutable but only reads it.
      f = new IntlMessageFormat(message as string | MessageFormatElement[], this.tag, undefined, {
        formatters: MESSAGE_FORMATTERS,
      });
      this.formats.set(key, f);
    }
    return f;
  }

  /**
   * The message `key` as plain text, its arguments filled in; a tag in it (`<b>…</b>`) gives
   * just its text here.
   */
  t(key: K, values?: Values): string {
    const f = this.format(key);
    if (typeof f === 'string') return f;
    const out = f.format<string>({ ...PLAIN_TAGS, ...values });
    return Array.isArray(out) ? out.join('') : String(out);
  }

  /**
   * The message `key` as a list of text and the values its tags return (for DOM: `<b>` → a
   * `<strong>` element), so a sentence with markup stays one message.
   */
  parts<T>(key: K, values: RichValues<T>): (string | T)[] {
    const f = this.format(key);
    if (typeof f === 'string') return [f];
    const out = f.format<T>(values);
    return Array.isArray(out) ? (out as (string | T)[]) : [out as string | T];
  }
}

/**
 * The CLDR plural category of a number as it is shown with `decimals` decimals. ICU
 * MessageFormat 1's `plural` picks its form from the bare number, so "5,0" would get Russian
 * "дней" (many) where CLDR, which counts the visible decimals, says "дня" (other); Intl's plural
 * rules take the same digit options as the number format. Messages pass it to a `select`.
 */
export function pluralForm(locale: Locale, value: number, decimals: number): Intl.LDMLPluralRule {
  return pluralRules(LOCALE_TAGS[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).select(value);
}

/**
 * An id as an ICU `select` key: keys are words, and the hyphen is ICU syntax, so the atlas's
 * hyphenated ids (`days-before`, `sea-network`) are selected as `days_before`, `sea_network`.
 */
export const selectKey = (id: string): string => id.replaceAll('-', '_');
