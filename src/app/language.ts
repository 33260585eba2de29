/**
 * The interface's language (issue #31): which one a page opens in (`lang=`, else the browser's
 * first that the atlas speaks, else English), loading a language's pack (its messages, content
 * words, place names and map label names: one chunk, fetched only for that language), and
 * showing it: the panels' words (ui/frame/i18n.ts), the page's own texts, `<html lang>`.
 */
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '../lib/i18n/locales';
import type { LabelNames } from '../lib/style';
import type { UrlState } from '../lib/url/state';
import type { StoryTexts } from '../content/i18n/types';
import { t, useLanguage, type LanguagePack } from '../ui/frame/i18n';

export interface Language {
  readonly locale: Locale;
  /** Null for English, the source. */
  readonly pack: LanguagePack | null;
  readonly labels: LabelNames | null;
}

/** Each language's chunk (src/app/packs/); English is in the page already. */
const PACKS: Record<Exclude<Locale, 'en'>, () => Promise<{ PACK: LanguagePack }>> = {
  hi: () => import('./packs/hi'),
  ru: () => import('./packs/ru'),
};

const ENGLISH: Language = { locale: DEFAULT_LOCALE, pack: null, labels: null };

/** Each language's story chunk (the claims' summaries, the tour). */
const STORIES: Record<Exclude<Locale, 'en'>, () => Promise<{ STORY: StoryTexts }>> = {
  hi: () => import('./packs/hi-story'),
  ru: () => import('./packs/ru-story'),
};

/** A language's story; null for English, whose story is in the page. */
export async function loadStory(locale: Locale): Promise<StoryTexts | null> {
  return locale === 'en' ? null : (await STORIES[locale]()).STORY;
}

/** Whether a state opens on the story (a claim's card or summary, the tour): it loads first. */
export const opensOnStory = (url: UrlState): boolean =>
  url.tour !== null || url.claim !== null || url.panel === 'claims';

/** The browser's first language the atlas speaks, else English. */
export function browserLocale(): Locale {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiateLocale(preferred.filter(Boolean));
}

/** The language a state asks for: its link's, else the browser's. */
export const wantedLocale = (url: UrlState, browser: Locale): Locale => url.lang ?? browser;

/** Loads a language's pack (at once for English); rejects when its chunk cannot be fetched. */
export async function loadLanguage(locale: Locale): Promise<Language> {
  if (locale === 'en') return ENGLISH;
  const { PACK } = await PACKS[locale]();
  return { locale, pack: PACK, labels: PACK.labels };
}

/**
 * Makes `language` the page's: the panels' words, `<html lang>`, the title and the page's own
 * texts (index.html marks them with `data-i18n`, and `data-i18n-label` for an aria-label).
 */
export function showLanguage(language: Language): void {
  useLanguage(language.locale, language.pack);
  document.documentElement.lang = language.locale;
  document.title = t('page.title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as Parameters<typeof t>[0]);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as Parameters<typeof t>[0]));
  }
}

/** MapLibre's own control texts (zoom buttons, scale bars, attribution) in the language. */
export function mapUiStrings(): Record<string, string> {
  return {
    'Map.Title': t('maplibre.map'),
    'NavigationControl.ZoomIn': t('maplibre.zoomIn'),
    'NavigationControl.ZoomOut': t('maplibre.zoomOut'),
    'NavigationControl.ResetBearing': t('maplibre.resetBearing'),
    'AttributionControl.ToggleAttribution': t('maplibre.toggleAttribution'),
    'ScaleControl.Meters': t('maplibre.m'),
    'ScaleControl.Kilometers': t('maplibre.km'),
    'ScaleControl.NauticalMiles': t('maplibre.nm'),
  };
}
