/** The load benchmark's byte count: gzip sizes of the files a page loaded, from the build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './stats.ts';

/** The app's own initial bytes (gzip) the issue budgets for (issue #13). */
const APP_BUDGET_GZIP = 350 * 1024;

interface SizeRow {
  label: string;
  bytes: number;
}

/** Gzip sizes of the files a page loaded, split into MapLibre's own and the app's. */
function sizes(
  distRoot: string,
  paths: readonly string[],
): { maplibre: SizeRow[]; app: SizeRow[] } {
  const maplibre: SizeRow[] = [];
  const app: SizeRow[] = [];
  for (const path of new Set(paths)) {
    const file = resolve(distRoot, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      continue; // not a file of the build (e.g. a data: URL)
    }
    const bytes = gzipSync(body, { level: 9 }).length;
    const name = path.split('/').pop() || 'index.html';
    (name.startsWith('maplibre-gl') ? maplibre : app).push({ label: name, bytes });
  }
  return { maplibre, app };
}

function kind(name: string): string {
  if (/\.(m?js)$/.test(name)) return 'JS';
  if (name.endsWith('.css')) return 'CSS';
  if (/\.(geo)?json$/.test(name)) return 'data';
  if (name.endsWith('.woff2')) return 'fonts';
  return 'other';
}

/** The app's own bytes (gzip, MapLibre's left out) of the files a page loaded. */
export function ownBytes(distRoot: string, paths: readonly string[]): number {
  return sizes(distRoot, paths).app.reduce((sum, r) => sum + r.bytes, 0);
}

/**
 * The languages' opening bytes beside English's (issue #31): what a Hindi or Russian reader's
 * first view loads more (its chunk, the Devanagari font); Hindi's budget is 60 KB more.
 */
export function languageLines(
  distRoot: string,
  english: readonly string[],
  others: Record<string, readonly string[]>,
): string[] {
  const base = ownBytes(distRoot, english);
  return [
    `Opening bytes by language (app's own, gzip -9; English ${kb(base)}):`,
    ...Object.entries(others).map(([lang, paths]) => {
      const extra = new Set(paths.filter((p) => !english.includes(p)));
      return `  ${lang}: ${kb(ownBytes(distRoot, paths))}, ${kb(ownBytes(distRoot, paths) - base)} more than English (${[...extra].map((p) => p.split('/').pop()).join(', ')})${lang === 'hi' ? `; Hindi's budget 60 KB more: ${((ownBytes(distRoot, paths) - base) / (60 * 1024)).toFixed(2)}` : ''}`;
    }),
  ];
}

/** The bytes lines: what the app loaded before its first idle (URL paths), against the budget. */
export function bytesLines(distRoot: string, paths: readonly string[]): string[] {
  const { maplibre, app } = sizes(distRoot, paths);
  const total = (rows: SizeRow[]) => rows.reduce((sum, r) => sum + r.bytes, 0);
  const byKind = new Map<string, number>();
  for (const row of app)
    byKind.set(kind(row.label), (byKind.get(kind(row.label)) ?? 0) + row.bytes);
  const own = total(app);
  return [
    `Initial bytes (gzip -9 of every file the app loaded before its first idle)`,
    `  maplibre-gl (JS, worker, CSS): ${kb(total(maplibre))}`,
    `  app's own: ${kb(own)} = ${[...byKind].map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`,
    `  app's own / budget 350 KB: ${(own / APP_BUDGET_GZIP).toFixed(2)}; app's own / maplibre-gl: ${(own / total(maplibre)).toFixed(2)}`,
  ];
}
