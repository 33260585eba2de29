import type { Locale } from '../lib/i18n/locales';
import { FONTS } from '../lib/style';

/**
 * Characters whose subsets a language's labels need (ui/frame/fonts.css: a subset's file loads
 * only when asked for): Latin always, as a name with none in the language keeps its English one;
 * Cyrillic for Russian only, Devanagari for Hindi only. English labels have no Cyrillic (the
 * regions' Russian names show in their cards, whose text fetches the face itself), so an English
 * reader's first view does not pay the Cyrillic files' 14 KB (issue #31's budget).
 */
const SAMPLES: Record<Locale, string> = { en: 'Aa', ru: 'AaЯя', hi: 'Aaक्ष' };

/**
 * Starts loading the label fonts of a language alongside the map's data. MapLibre waits for a
 * web font before rasterising its glyphs, but asks only for the faces a space needs (Latin): the
 * Devanagari face must be loaded here before Hindi labels are drawn, or the first ones would come
 * out in a fallback font. Resolves after at most `timeoutMs`.
 */
export async function loadLabelFonts(locale: Locale, timeoutMs = 3000): Promise<void> {
  if (!document.fonts?.load) return;
  const faces = [
    `400 16px "${FONTS.regular[0]}"`,
    `600 16px "${FONTS.semibold[0]}"`,
    `italic 400 16px "${FONTS.italic[0]}"`,
  ];
  const sample = SAMPLES[locale];
  const loads = Promise.all(faces.map((face) => document.fonts.load(face, sample))).then(() => {});
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([loads.catch(() => {}), timeout]);
}
