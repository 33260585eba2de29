import type { Locale } from '../../lib/i18n/locales';
export { renderPlannerPanel } from './planner-panel';

/**
 * The planner's messages (a part that loads with the planner's code) in the reader's language,
 * for the port card (src/ui/ports), which shares them.
 */
export async function loadPlannerMessages(locale: Locale) {
  // Through the planner's own chunk: a second way into its words would split the modules they
  // share with the opening page into chunks of their own, which the opening page then loads too.
  const view = await import('./lazy/planner-view');
  await view.loadPlannerWords(locale);
  return view.pt;
}
