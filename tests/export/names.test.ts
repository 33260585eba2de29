import { describe, expect, it } from 'vitest';
import { exportFileName, exportSubject } from '../../src/lib/export/names';
import { lcg } from '../random';

const DATE = new Date('2026-11-29T12:00:00Z');
/** What every name must be: the prefix, a slug, a date and an extension, ≤ 100 characters. */
const SAFE = /^corridor-atlas_[a-z0-9]+(?:-[a-z0-9]+)*_\d{4}-\d{2}-\d{2}\.(?:png|csv|geojson)$/;

describe('exportFileName', () => {
  it('names the subject and the day', () => {
    expect(exportFileName({ subject: 'corridor', date: DATE, ext: 'png' })).toBe(
      'corridor-atlas_corridor_2026-11-29.png',
    );
    expect(exportFileName({ subject: 'data', date: DATE, ext: 'geojson' })).toBe(
      'corridor-atlas_data_2026-11-29.geojson',
    );
  });

  it('writes the date in UTC, not the local day', () => {
    // 01:00 on the 30th in Vladivostok (UTC+10) is still the 29th in UTC.
    const lateUtc = new Date('2026-11-29T23:59:59Z');
    const vladivostokMorning = new Date('2026-11-30T01:00:00+10:00');
    expect(exportFileName({ subject: 'x', date: lateUtc, ext: 'csv' })).toBe(
      'corridor-atlas_x_2026-11-29.csv',
    );
    expect(exportFileName({ subject: 'x', date: vladivostokMorning, ext: 'csv' })).toBe(
      'corridor-atlas_x_2026-11-29.csv',
    );
  });

  it.each([
    ['Chennai → Vladivostok', 'chennai-vladivostok'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['"quoted" \'name\'', 'quoted-name'],
    ['São Tomé, Petropavlovsk-Kamchatsky', 'sao-tome-petropavlovsk-kamchatsky'],
    ['Владивосток 🚢 port', 'port'],
    ['🚢🌊', 'map'],
    ['', 'map'],
    ['   ', 'map'],
    ['\u0000nul\u202Eevil\n', 'nul-evil'],
    ['CON', 'con'],
    ['.hidden', 'hidden'],
  ])('slugs %j as %j', (subject, slug) => {
    expect(exportFileName({ subject, date: DATE, ext: 'png' })).toBe(
      `corridor-atlas_${slug}_2026-11-29.png`,
    );
  });

  it('bounds the length of a 500-character subject, ending at a word where it can', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`)
      .join(' ')
      .slice(0, 500);
    const name = exportFileName({ subject: long, date: DATE, ext: 'geojson' });
    expect(name).toMatch(SAFE);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/_word0-word1-.*-word\d+_2026/);
    const unbroken = exportFileName({ subject: 'x'.repeat(500), date: DATE, ext: 'png' });
    expect(unbroken).toMatch(SAFE);
    expect(unbroken.length).toBeLessThanOrEqual(100);
  });

  it('gives a safe name for any string (seeded fuzz)', () => {
    const next = lcg(7);
    for (let i = 0; i < 300; i++) {
      const length = next() % 600;
      const subject = Array.from({ length }, () => String.fromCodePoint(next() % 0x2_0000)).join(
        '',
      );
      const name = exportFileName({ subject, date: DATE, ext: 'csv' });
      expect(name).toMatch(SAFE);
      expect(name.length).toBeLessThanOrEqual(100);
    }
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => exportFileName({ subject: 'x', date: new Date('nope'), ext: 'png' })).toThrow(
      RangeError,
    );
  });
});

describe('exportSubject', () => {
  const planned = { from: 'Chennai', to: 'Vladivostok', avoid: ['malacca'] };

  it('names a planned route by its ends and the passages it avoids or opens', () => {
    expect(exportSubject({ view: 'overview', planned })).toBe('chennai-vladivostok-avoid-malacca');
    expect(
      exportSubject({
        view: 'overview',
        planned: { from: 'Mumbai', to: 'St Petersburg', avoid: [], open: ['northeast'] },
      }),
    ).toBe('mumbai-st-petersburg-open-northeast');
    expect(
      exportSubject({
        view: 'overview',
        planned: { from: 'Point 12.50° N, 80.25° E', to: 'Busan' },
      }),
    ).toBe('point-12-50-n-80-25-e-busan');
  });

  it('prefers a planned route, then a claim, then a tour step, then the view', () => {
    const all = { view: 'corridor', claim: 'relos', tourStep: 5, planned };
    expect(exportSubject(all)).toBe('chennai-vladivostok-avoid-malacca');
    expect(exportSubject({ ...all, planned: null })).toBe('relos');
    expect(exportSubject({ ...all, planned: null, claim: null })).toBe('tour-5');
    expect(exportSubject({ view: 'corridor', claim: null, tourStep: null })).toBe('corridor');
    expect(exportSubject({ view: 'far-east' })).toBe('far-east');
  });

  it('ignores a tour step that is not a whole number', () => {
    expect(exportSubject({ view: 'malacca', tourStep: Number.NaN })).toBe('malacca');
    expect(exportSubject({ view: 'malacca', tourStep: 2.5 })).toBe('malacca');
    expect(exportSubject({ view: 'malacca', tourStep: -1 })).toBe('malacca');
  });

  it('gives a subject exportFileName keeps as it is', () => {
    const subject = exportSubject({ view: 'overview', planned });
    expect(exportFileName({ subject, date: DATE, ext: 'png' })).toBe(
      `corridor-atlas_${subject}_2026-11-29.png`,
    );
  });
});
