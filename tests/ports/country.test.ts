import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../scripts/lib/io';
import { countryCode, foldCountry } from '../../scripts/lib/wpi/country';
import { csvRecords } from '../../scripts/lib/wpi/csv';
import { normaliseLocode } from '../../scripts/lib/wpi/clean';

const records = csvRecords(readFileSync(resolve(sharedData, 'wpi_pub150.csv'), 'utf8'));

describe('WPI country names → ISO 3166-1 alpha-2', () => {
  it('maps names CLDR spells the same, the folded way, and the table', () => {
    expect(countryCode('India')).toBe('IN');
    expect(countryCode('Russia')).toBe('RU'); // not the deprecated SU
    expect(countryCode('United Kingdom')).toBe('GB'); // not the deprecated UK
    expect(countryCode('Benin')).toBe('BJ'); // not the deprecated DY (Dahomey)
    expect(countryCode('Saint Kitts and Nevis')).toBe('KN'); // CLDR: St. Kitts & Nevis
    expect(countryCode("Cote D'Ivoire")).toBe('CI'); // CLDR: Côte d’Ivoire
    expect(countryCode('The Bahamas')).toBe('BS');
    expect(countryCode('Burma')).toBe('MM');
    expect(countryCode('Turkey')).toBe('TR');
    expect(countryCode('Congo (Kinshasa)')).toBe('CD');
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(foldCountry('St. Kitts & Nevis')).toBe(foldCountry('Saint Kitts and Nevis'));
  });

  it('maps every country name of the WPI', () => {
    const names = [...new Set(records.map((r) => r['Country Code']!.trim()))];
    expect(names.length).toBeGreaterThan(190);
    expect(names.filter((n) => !countryCode(n))).toEqual([]);
  });

  it('agrees with the country part of the LOCODEs (an independent check of the table)', () => {
    let agree = 0;
    const disagree: string[] = [];
    for (const r of records) {
      const locode = normaliseLocode(r['UN/LOCODE']!);
      if (!locode) continue;
      if (locode.slice(0, 2) === countryCode(r['Country Code']!)) agree++;
      else disagree.push(`${r['Main Port Name']} ${r['Country Code']} ${locode}`);
    }
    // The nine that disagree are the WPI's own LOCODE typos, dropped by locodeForCountry.
    expect(disagree).toHaveLength(9);
    expect(agree).toBe(3344 - 5 - 9);
  });
});
