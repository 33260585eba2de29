import type { RegionInfo } from '../../lib/regions';
import { locale, placeName } from '../frame/i18n';

/**
 * A Far East region's name in the reader's language: in Russian its own name from the region
 * data (`name_ru`), in Hindi the names catalogue's, else its English name.
 */
export function regionName(region: RegionInfo): string {
  if (locale() === 'ru' && region.nameRu) return region.nameRu;
  return placeName('regions', region.id, region.nameEn);
}
