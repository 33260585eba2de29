import { FONTS } from '../lib/style';

/** Characters whose subsets the labels need: Latin and Cyrillic. */
const SAMPLE = 'AaЯя';

/**
 * Starts loading the label fonts, including the Cyrillic subset, alongside the map's data.
 * MapLibre itself waits for a web font before rasterising its glyphs; this only overlaps the
 * downloads. Resolves after at most `timeoutMs`.
 */
export async function loadLabelFonts(timeoutMs = 3000): Promise<void> {
  if (!document.fonts?.load) return;
  const faces = [
    `400 16px "${FONTS.regular[0]}"`,
    `600 16px "${FONTS.semibold[0]}"`,
    `italic 400 16px "${FONTS.italic[0]}"`,
  ];
  const loads = Promise.all(faces.map((face) => document.fonts.load(face, SAMPLE))).then(() => {});
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([loads.catch(() => {}), timeout]);
}
