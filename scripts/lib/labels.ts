/** Label text rules for the basemap build (pure, unit-tested). */

/** "NORTH PACIFIC OCEAN" → "North Pacific Ocean"; fixes NE's double spaces ("Caribbean  Sea"). */
export function tidySeaName(name: string): string {
  const single = name.replace(/\s+/g, ' ').trim();
  if (single !== single.toUpperCase()) return single;
  return single.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * Labels are drawn with the shipped Latin and Cyrillic subsets of Noto Sans (src/ui/frame/fonts.css);
 * a name with other characters falls back to its ASCII form, so no label needs a font the app
 * does not ship.
 */
const LABEL_CHARS = /^[\u0020-\u00ff\u0131\u0152\u0153\u2000-\u206f\u0400-\u045f]*$/;
export function labelSafe(name: string, ascii?: string): string {
  if (LABEL_CHARS.test(name)) return name;
  const stripped = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return LABEL_CHARS.test(stripped) ? stripped : (ascii ?? stripped);
}
