/**
 * Everything the atlas needs in Russian, in one chunk that only a Russian reader's page fetches
 * (src/app/language.ts): the messages, the content's words, the place names and the map's label
 * names (geo/labels/ru.json, scripts/build-labels.ts).
 */
import { CONTENT_RU } from '../../content/i18n/content-ru';
import { RU } from '../../content/i18n/ru';
import { PASSAGES_RU } from '../../content/i18n/names-ru';
import type { LabelNames } from '../../lib/style';
import labels from '../../../geo/labels/ru.json';

export const PACK = {
  messages: RU,
  content: CONTENT_RU,
  // The map's label names name the ports, seas, regions and cities in the panels too.
  labels: labels as LabelNames,
  passages: PASSAGES_RU,
};
