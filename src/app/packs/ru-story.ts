/**
 * The claims' summaries and the tour in Russian: a chunk of its own, fetched after the map's first
 * view, or at once when the page opens on them (src/app/language.ts).
 */
export { STORY_RU as STORY } from '../../content/i18n/story-ru';
