/**
 * Download data: the map's three routes and the 11 Far East regions as one GeoJSON file (RFC
 * 7946, the features the map draws, each dataset's licence stated in the file), and the route
 * figures as CSV at the chosen speed and allowance, with their sources.
 */
import type { FeatureCollection } from 'geojson';
import { DATA_SOURCES } from '../../content/sources';
import { figuresCsv } from '../../lib/export/csv';
import { licenceText, routesAndRegionsGeoJSON } from '../../lib/export/data-package';
import { exportFileName } from '../../lib/export/names';
import type { AppContext } from '../../state/context';
import { fetchJson } from '../../io/fetch-json';
import { h } from '../frame/dom';
import { t } from '../frame/i18n';
import { downloadBlob } from '../frame/download';
import { openDialog } from './dialog';
import { shownView } from './what-is-shown';

/** The regions file, as the map loads it (the service worker serves it offline). */
async function regions(url: string): Promise<FeatureCollection> {
  const fetched = await fetchJson(url);
  if ('failure' in fetched) {
    const { failure } = fetched;
    const status = failure.kind === 'http' ? failure.status : 0;
    throw new Error(t('data.failed', { file: 'regions', kind: failure.kind, status }));
  }
  return fetched.body as FeatureCollection;
}

export function openDataDialog(ctx: AppContext, opener: HTMLElement): void {
  const dialog = openDialog(t('dataDialog.title'), 'data-dialog', opener);
  const status = h('p', { class: 'share-status', role: 'status', 'data-testid': 'data-status' });
  const geojson = h(
    'button',
    { type: 'button', class: 'button', 'data-testid': 'download-geojson' },
    t('dataDialog.geojson'),
  );
  const csv = h(
    'button',
    { type: 'button', class: 'button', 'data-testid': 'download-csv' },
    t('dataDialog.csv'),
  );
  geojson.addEventListener('click', async () => {
    try {
      const file = routesAndRegionsGeoJSON({
        routes: ctx.data.routesCollection,
        regions: await regions(ctx.data.regionsUrl),
        sources: DATA_SOURCES,
      });
      downloadBlob(
        new Blob([JSON.stringify(file)], { type: 'application/geo+json' }),
        exportFileName({ subject: 'routes-and-regions', date: new Date(), ext: 'geojson' }),
      );
      status.textContent = t('dataDialog.geojsonDone');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      status.textContent = t('dataDialog.geojsonFailed', { reason });
    }
  });
  csv.addEventListener('click', () => {
    const shown = shownView(ctx, ctx.store.state);
    downloadBlob(
      new Blob([figuresCsv(shown.allRows)], { type: 'text/csv;charset=utf-8' }),
      exportFileName({ subject: `figures-${shown.subject}`, date: new Date(), ext: 'csv' }),
    );
    status.textContent = t('dataDialog.csvDone');
  });
  dialog.body.append(
    h('p', {}, t('dataDialog.what')),
    h('p', { class: 'data-licence', 'data-testid': 'data-licence' }, licenceText(DATA_SOURCES)),
    h('div', { class: 'dialog-actions' }, geojson, csv),
    status,
  );
}
