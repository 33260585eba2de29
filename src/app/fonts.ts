import type { Locale } from '../lib/i18n/locales';
import { FONTS } from '../lib/style';

/**
 * Characters whose subsets the labels need: Latin and Cyrillic always; Devanagari for Hindi only
 * (ui/frame/fonts.css: its file loads only when asked for).
 */
const SAMPLES: Record<Locale, string> = { en: 'AaЯя', ru: 'AaЯя', hi: 'AaЯяक्ष' };

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
