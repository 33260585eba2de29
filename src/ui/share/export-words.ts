/**
 * The exports' words in the reader's language (issue #31): the legend, the sources line and the
 * route figures of the image, the printed sheet and the embed. The downloaded files (CSV,
 * GeoJSON) stay in English, with machine-readable numbers.
 */
import { DATA_SOURCES } from '../../content/sources';
import type { FigureRow } from '../../lib/export/csv';
import { figureLine } from '../../lib/export/csv';
import { licenceText } from '../../lib/export/data-package';
import { legendEntries } from '../../lib/export/legend';
import type { LegendEntry } from '../../lib/export/layout';
import { selectKey } from '../../lib/i18n/translator';
import type { MapData } from '../../lib/map-data';
import { t, tr, words } from '../frame/i18n';

/** The legend of what the map shows, in the reader's language. */
export const legendOf = (data: MapData): LegendEntry[] =>
  legendEntries(data, tr, (id) => words.categories[id].label);

/** Every source with its licence, in the reader's language. */
export const sourcesLine = (): string =>
  licenceText(DATA_SOURCES, {
    attribution: (s) => t('source.attribution', { source: selectKey(s.id) }),
    licence: (s) => t('source.licence', { source: selectKey(s.id) }),
    line: (list) => t('export.sources', { list }),
  });

/** A route's figures as one line; the atlas's three routes named in the reader's language. */
export const figureText = (row: FigureRow): string =>
  figureLine(
    row,
    tr,
    row.id === 'planned' ? row.route : t('legend.route', { id: selectKey(row.id) }),
  );
