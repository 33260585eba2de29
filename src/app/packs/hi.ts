/**
 * Everything the atlas needs in Hindi, in one chunk that only a Hindi reader's page fetches
 * (src/app/language.ts): the messages, the content's words, the place names and the map's label
 * names (geo/labels/hi.json, scripts/build-labels.ts).
 */
import { CONTENT_HI } from '../../content/i18n/content-hi';
import { HI } from '../../content/i18n/hi';
import { PASSAGES_HI } from '../../content/i18n/names-hi';
import type { LabelNames } from '../../lib/style';
import labels from '../../../geo/labels/hi.json';

export const PACK = {
  messages: HI,
  content: CONTENT_HI,
  // The map's label names name the ports, seas, regions and cities in the panels too.
  labels: labels as LabelNames,
  passages: PASSAGES_HI,
};
