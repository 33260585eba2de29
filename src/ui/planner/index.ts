import type { Locale } from '../../lib/i18n/locales';
export { renderPlannerPanel } from './planner-panel';

/**
 * The planner's messages (a part that loads with the planner's code) in the reader's language,
 * for the port card (src/ui/ports), which shares them.
 */
export async function loadPlannerMessages(locale: Locale) {
  const words = await import('./lazy/words');
  await words.loadPlannerWords(locale);
  return words.pt;
}
