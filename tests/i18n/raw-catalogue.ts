/**
 * A message catalogue file (src/content/i18n/*.ts) as written, for the catalogue tests: its
 * source with the type annotations taken out, evaluated, so the messages are the text the
 * translators wrote (the app's module arrives compiled by scripts/lib/vite-icu.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../geojson';

/** The source text of a catalogue file. */
export const catalogueSource = (file: string): string =>
  readFileSync(resolve(repoRoot, 'src/content/i18n', file), 'utf8');

/** The messages of a catalogue file as written, by key. */
export async function rawCatalogue(file: string): Promise<Record<string, string>> {
  const js = catalogueSource(file)
    .replace(/^import type .*;$/gm, '')
    .replace(/^export type [^;]*;$/gm, '')
    .replace(/\}\s+as const;/, '};')
    .replace(/\}\s+satisfies [^;]*;/, '};');
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`
  )) as Record<string, Record<string, string>>;
  return Object.values(module)[0]!;
}
