/** The build's message compiler and key shortener (scripts/lib/vite-icu.ts). */
import { describe, expect, it } from 'vitest';
import { catalogueKeys, compileMessage, messageIds, shortenKeys } from '../../scripts/lib/vite-icu';
import { repoRoot } from '../geojson';
import { rawCatalogue } from './raw-catalogue';

describe('compileMessage', () => {
  it('keeps a message without arguments as its text, and parses the others', () => {
    expect(compileMessage('a.b', 'Plain text, no argument.')).toBe('Plain text, no argument.');
    expect(compileMessage('a.b', 'Days: {n}')).toEqual([
      { type: 0, value: 'Days: ' },
      { type: 1, value: 'n' },
    ]);
  });

  it('fails on a message that is not ICU, naming its key', () => {
    expect(() => compileMessage('routes.broken', 'Open {brace')).toThrow(/routes\.broken/);
    expect(() => compileMessage('a.b', '{n, plural, one {#}}')).toThrow(/a\.b/);
  });
});

describe('short message ids', () => {
  const ids = messageIds(repoRoot);

  it('gives every key of both parts an id starting with a letter, none twice', () => {
    expect(ids.get('unit.km')).toBe('m0');
    expect(ids.get('planner.result')).toBe('p0');
    const values = [...ids.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const id of values) expect(id).toMatch(/^[mp][0-9a-z]+$/);
  });

  it('replaces exactly the string literals that are keys, in any quote', () => {
    const code = `t('unit.km'); t("unit.nm", x); const s = \`unit.km\`; 'unit.km.more'; 'not.a.key'; 'unit.km '`;
    expect(shortenKeys(code, ids)).toBe(
      `t('m0'); t("m1", x); const s = \`m0\`; 'unit.km.more'; 'not.a.key'; 'unit.km '`,
    );
  });

  it('reads the keys of a catalogue source in order', () => {
    expect(catalogueKeys(`export const X = {\n  'a.b': 'x',\n  "c.d":\n    'y',\n};`)).toEqual([
      'a.b',
      'c.d',
    ]);
  });
});

describe('compiled catalogues', () => {
  it('leave no brace or tag in a message compiled to plain text (the translator tells them apart so)', async () => {
    const { compileCatalogue } = await import('../../scripts/lib/vite-icu');
    for (const file of [
      'en.ts',
      'hi.ts',
      'ru.ts',
      'planner-en.ts',
      'planner-hi.ts',
      'planner-ru.ts',
    ]) {
      for (const [key, message] of Object.entries(compileCatalogue(await rawCatalogue(file)))) {
        if (typeof message === 'string') expect(message, `${file} ${key}`).not.toMatch(/[{<]/);
      }
    }
  });
});
