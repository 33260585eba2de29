/**
 * The words of a data fault (src/content/data-files.ts) and how a load error is read
 * (src/app/faults.ts): a plain sentence naming the file and why, never the raw error text.
 */
import { describe, expect, it } from 'vitest';
import { classifyLoadError } from '../src/app/faults';
import { DATA_FILE_IDS } from '../src/content/data-files';
import { ENGLISH } from '../src/lib/analysis/format';

/** The notice's sentence, as src/app/faults.ts writes it. */
const sentence = (file: string, failure: { kind: string; status?: number }) =>
  ENGLISH.t('data.failed', { file, kind: failure.kind, status: failure.status ?? 0 });

describe('data.failed', () => {
  it.each([
    [
      'regions',
      { kind: 'http', status: 500 },
      'The Far East regions could not be loaded (the server answered 500).',
    ],
    [
      'sea-network',
      { kind: 'offline' },
      'The sea-lane network could not be loaded (no connection).',
    ],
    [
      'basemap',
      { kind: 'damaged' },
      'The basemap (land, coastlines, borders and place names) could not be loaded (the file is damaged).',
    ],
  ] as const)('%s, %j', (id, failure, expected) => {
    expect(sentence(id, failure)).toBe(expected);
  });

  it('names every file in words, with what still works without it', () => {
    for (const id of DATA_FILE_IDS) {
      expect(ENGLISH.t('data.withoutIt', { file: id }), id).toMatch(/\.$/);
      expect(sentence(id, { kind: 'offline' })).not.toMatch(/undefined/);
    }
  });
});

describe('classifyLoadError', () => {
  it('reads the HTTP status MapLibre’s AJAXError carries, 0 meaning no response', () => {
    expect(classifyLoadError({ status: 500, url: 'x' })).toEqual({ kind: 'http', status: 500 });
    expect(classifyLoadError({ status: 0 })).toEqual({ kind: 'offline' });
  });

  it('reads a failed fetch as offline and a parser’s complaint as a damaged file', () => {
    expect(classifyLoadError(new TypeError('Failed to fetch'))).toEqual({ kind: 'offline' });
    expect(
      classifyLoadError(new SyntaxError("Expected property name or '}' in JSON at position 41")),
    ).toEqual({ kind: 'damaged' });
    expect(classifyLoadError(undefined)).toEqual({ kind: 'damaged' });
  });
});
