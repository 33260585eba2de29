import type { RegionInfo } from '../../lib/regions';
import { placeName } from '../frame/i18n';

/**
 * A Far East region's name in the reader's language: the map's label name (in Russian the
 * region data's own `name_ru`, in Hindi the names catalogue's), else its English name.
 */
export function regionName(region: RegionInfo): string {
  return placeName('regions', region.id, region.nameEn);
}
