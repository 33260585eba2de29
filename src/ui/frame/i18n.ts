/**
 * The interface's language (issue #31): the active messages, content words and place names, and
 * the helpers every panel writes its text with. `t(key, values)` gives a whole sentence of the
 * catalogue (src/content/i18n/), `rich` the same with markup (`<b>…</b>` becomes an element),
 * `fmt` numbers and units in the language. The app switches the language (src/app/language.ts)
 * and then renders the panels again, so nothing here needs to notice a change.
 */
import type { MessageKey } from '../../content/i18n/en';
import { CONTENT_EN, STORY_EN } from '../../content/i18n/content-en';
import type { ContentTexts, StoryTexts } from '../../content/i18n/types';
import type { LabelNames } from '../../lib/style/labels';
import { ENGLISH, quantities, type Quantities, type Tr } from '../../lib/analysis/format';
import type { Locale } from '../../lib/i18n/locales';
import { Translator, type RichValues, type Values } from '../../lib/i18n/translator';
import { h } from './dom';

export type { MessageKey };

/** The active language's translator (also what the lib functions that write text take). */
export let tr: Tr = ENGLISH;
/** Numbers and units in the active language. */
export let fmt: Quantities = quantities(ENGLISH);
/** The content catalogues' words (claims, tour, presets…) in the active language. */
export let words: ContentTexts = CONTENT_EN;
let names: Pick<LanguagePack, 'labels' | 'passages'> | null = null;

/**
 * Everything a language other than English loads (src/app/packs/): its messages, the content's
 * words, and the names of places: the map's label names, which the panels show too, and the
 * passages', which no label shows.
 */
export interface LanguagePack {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly content: ContentTexts;
  readonly labels: LabelNames;
  readonly passages: Readonly<Record<string, string>>;
}

let story: StoryTexts | null = STORY_EN;
let storyWaiters: (() => void)[] = [];

/**
 * Makes `locale` the interface's language; English needs no pack. Its story (the claims'
 * summaries, the tour) comes separately, with `useStory`.
 */
export function useLanguage(locale: Locale, pack: LanguagePack | null): void {
  tr = pack ? new Translator<MessageKey>(locale, pack.messages) : ENGLISH;
  fmt = quantities(tr);
  words = pack?.content ?? CONTENT_EN;
  names = pack;
  story = pack ? null : STORY_EN;
}

/** Gives the active language its story, and runs what waited for it. */
export function useStory(texts: StoryTexts): void {
  story = texts;
  const waiting = storyWaiters;
  storyWaiters = [];
  for (const run of waiting) run();
}

/** The claims' summaries and the tour in the active language (English while they load). */
export const storyWords = (): StoryTexts => story ?? STORY_EN;

/** Runs `render` now if the active language's story is here, else as soon as it arrives. */
export function withStory(render: () => void): void {
  if (story) render();
  else storyWaiters.push(render);
}

/** The active language. */
export const locale = (): Locale => tr.locale;

/** The message `key` in the active language. */
export const t = (key: MessageKey, values?: Values): string => tr.t(key, values);

/** Elements for the tags a message may hold. */
export const RICH_TAGS = {
  b: (chunks: (Node | string)[]) => h('strong', {}, ...chunks),
  i: (chunks: (Node | string)[]) => h('em', {}, ...chunks),
  // A title cited is as published: in English.
  cite: (chunks: (Node | string)[]) => h('cite', { lang: 'en' }, ...chunks),
  // Words kept in English inside a sentence of another language (a title, a name as published).
  en: (chunks: (Node | string)[]) => h('span', { lang: 'en' }, ...chunks),
};

/**
 * The message `key` as text and elements: `<b>`, `<i>` and `<cite>` become elements, and a value
 * may itself be a node (a link, a slot the panel fills later).
 */
export function rich(key: MessageKey, values: RichValues<Node> = {}): (Node | string)[] {
  return tr.parts<Node>(key, { ...RICH_TAGS, ...values });
}

/** Where each kind of place's names are in a pack. */
const NAME_LISTS = {
  ports: (p) => p.labels.port,
  chokepoints: (p) => p.labels.chokepoint,
  regions: (p) => p.labels.region,
  seas: (p) => p.labels.sea,
  cities: (p) => p.labels.city,
  passages: (p) => p.passages,
} satisfies Record<
  string,
  (pack: Pick<LanguagePack, 'labels' | 'passages'>) => Readonly<Record<string, string>>
>;

/** A place's name in the active language, or its English name where the language has none. */
export function placeName(kind: keyof typeof NAME_LISTS, id: string, english: string): string {
  return (names && NAME_LISTS[kind](names)[id]) ?? english;
}

/**
 * Words quoted as published (the article, a report): kept in English, marked `lang="en"` so a
 * screen reader reads them as English, whatever the page's language.
 */
export function quotation<K extends 'blockquote' | 'q' | 'span' | 'p'>(
  tag: K,
  attrs: Record<string, string>,
  text: string,
): HTMLElementTagNameMap[K] {
  return h(tag, { ...attrs, lang: 'en' }, text);
}

/**
 * The note under a quotation, in the reader's language: it is quoted from the English original.
 * English readers need none.
 */
export function quoteNote(): HTMLElement | null {
  return tr.locale === 'en' ? null : h('p', { class: 'quote-note' }, t('quote.original'));
}

/** A time the article prints ("December 05, 2021, 14:54 IST"): as printed in English, else dated. */
export function articleTime(time: { readonly text: string; readonly iso: string }): string {
  return tr.locale === 'en' ? time.text : fmt.dateTime(time.iso);
}

/** A point at sea as a reader reads it: "Point 12.35° N, 88.12° E", in their language. */
export function pointText(point: { readonly lng: number; readonly lat: number }): string {
  return t('place.point', {
    lat: fmt.number(Math.abs(point.lat), 2),
    ns: point.lat >= 0 ? 'north' : 'south',
    lng: fmt.number(Math.abs(point.lng), 2),
    ew: point.lng >= 0 ? 'east' : 'west',
  });
}
