/** The content catalogues' own English words, in the shape of a translation (./types.ts). */
import { CATEGORIES, CLAIMS } from '../claims';
import { CATEGORY_IDS } from '../claim-types';
import { CLAIM_IDS, PRESET_IDS } from '../ids';
import { PLACE_IDS, PLACES } from '../places';
import { PRESETS } from '../presets';
import { TOUR_STEPS } from '../tour';
import type { ContentTexts, StoryTexts } from './types';

const byId = <K extends string, V>(ids: readonly K[], value: (id: K) => V): Record<K, V> =>
  Object.fromEntries(ids.map((id) => [id, value(id)])) as Record<K, V>;

export const CONTENT_EN: ContentTexts = {
  categories: byId(CATEGORY_IDS, (id) => CATEGORIES[id]),
  claims: byId(CLAIM_IDS, (id) => CLAIMS[id]),
  presets: byId(PRESET_IDS, (id) => PRESETS[id]),
  places: byId(PLACE_IDS, (id) => PLACES[id].name),
};

export const STORY_EN: StoryTexts = {
  claims: byId(CLAIM_IDS, (id) => CLAIMS[id]),
  tour: Object.fromEntries(TOUR_STEPS.map((s) => [s.id, s])),
};
