/**
 * The claims' summaries and the tour in Hindi: a chunk of its own, fetched after the map's first
 * view, or at once when the page opens on them (src/app/language.ts).
 */
export { STORY_HI as STORY } from '../../content/i18n/story-hi';
