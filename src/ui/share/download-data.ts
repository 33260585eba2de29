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
import { loadFailedClause } from '../../content/data-files';
import { fetchJson } from '../../io/fetch-json';
import { h } from '../frame/dom';
import { downloadBlob } from '../frame/download';
import { openDialog } from './dialog';
import { shownView } from './what-is-shown';

/** The regions file, as the map loads it (the service worker serves it offline). */
async function regions(url: string): Promise<FeatureCollection> {
  const fetched = await fetchJson(url);
  if ('failure' in fetched) throw new Error(loadFailedClause('regions', fetched.failure));
  return fetched.body as FeatureCollection;
}

export function openDataDialog(ctx: AppContext, opener: HTMLElement): void {
  const dialog = openDialog('Download data', 'data-dialog', opener);
  const status = h('p', { class: 'share-status', role: 'status', 'data-testid': 'data-status' });
  const geojson = h(
    'button',
    { type: 'button', class: 'planner-button', 'data-testid': 'download-geojson' },
    'Routes and regions (GeoJSON)',
  );
  const csv = h(
    'button',
    { type: 'button', class: 'planner-button', 'data-testid': 'download-csv' },
    'Route figures (CSV)',
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
      status.textContent = 'GeoJSON downloaded.';
    } catch (error) {
      status.textContent = `The GeoJSON could not be made: ${error instanceof Error ? error.message : String(error)}.`;
    }
  });
  csv.addEventListener('click', () => {
    const shown = shownView(ctx, ctx.store.state);
    downloadBlob(
      new Blob([figuresCsv(shown.allRows)], { type: 'text/csv;charset=utf-8' }),
      exportFileName({ subject: `figures-${shown.subject}`, date: new Date(), ext: 'csv' }),
    );
    status.textContent = 'CSV downloaded.';
  });
  dialog.body.append(
    h(
      'p',
      {},
      'The same data the map draws. The routes are derived from Eurostat’s SeaRoute network; the regions from OpenStreetMap boundaries: reuse them under their licences, with these attributions.',
    ),
    h('p', { class: 'data-licence', 'data-testid': 'data-licence' }, licenceText(DATA_SOURCES)),
    h('div', { class: 'dialog-actions' }, geojson, csv),
    status,
  );
}
