import { describe, expect, it } from 'vitest';
import {
  alternateNames,
  cell,
  checkCoordinates,
  harbourSize,
  locodeForCountry,
  normaliseLocode,
  positiveMetres,
  linkingWordsLowerCase,
  splitMainName,
  uniqueAliases,
  wpiId,
  wpiNumber,
  yesNo,
} from '../../scripts/lib/wpi/clean';
import { parseCsv } from '../../scripts/lib/wpi/csv';

describe('WPI cell rules', () => {
  it('empties single-space cells and folds runs of spaces', () => {
    expect(cell(' ')).toBe('');
    expect(cell('Ras   Lanuf')).toBe('Ras Lanuf');
    expect(cell(undefined)).toBe('');
  });

  it('lowers the linking words inside a name, never its first or last word, nor articles or a lone A', () => {
    expect(linkingWordsLowerCase('Rio De Janeiro')).toBe('Rio de Janeiro');
    expect(linkingWordsLowerCase('Port Of Spain')).toBe('Port of Spain');
    expect(linkingWordsLowerCase('Edinburgh Of The Seven Seas')).toBe(
      'Edinburgh of the Seven Seas',
    );
    expect(linkingWordsLowerCase('Angra Dos Reis')).toBe('Angra dos Reis');
    expect(linkingWordsLowerCase('Hoek Van Holland')).toBe('Hoek van Holland');
    expect(linkingWordsLowerCase('Port Au Prince')).toBe('Port au Prince');
    expect(linkingWordsLowerCase('De Kastri')).toBe('De Kastri');
    expect(linkingWordsLowerCase('Puerto La Cruz')).toBe('Puerto La Cruz');
    expect(linkingWordsLowerCase('Ras Al Khafji')).toBe('Ras Al Khafji');
    expect(linkingWordsLowerCase('Kizomba A Terminal')).toBe('Kizomba A Terminal');
    // The last word is a name, whatever it would mean inside one.
    expect(linkingWordsLowerCase('Santa Cruz Del Sur')).toBe('Santa Cruz del Sur');
    expect(linkingWordsLowerCase('Jazirat Das')).toBe('Jazirat Das');
  });

  it('normalises LOCODEs: the space dropped, anything else is none', () => {
    expect(normaliseLocode('IN MAA')).toBe('INMAA');
    expect(normaliseLocode('INKRI')).toBe('INKRI');
    expect(normaliseLocode('in maa')).toBe('INMAA');
    expect(normaliseLocode(' ')).toBeUndefined();
    expect(normaliseLocode('LB')).toBeUndefined();
    expect(normaliseLocode('GB ME""')).toBeUndefined();
    // UN/LOCODE's location part uses letters and the digits 2–9 only.
    expect(normaliseLocode('US A10')).toBeUndefined();
  });

  it('drops a LOCODE whose country part is not the port’s country', () => {
    expect(locodeForCountry('RULED', 'US')).toBeUndefined();
    expect(locodeForCountry('RULED', 'RU')).toBe('RULED');
    expect(locodeForCountry(undefined, 'RU')).toBeUndefined();
  });

  it('splits "New (Old)" main names into the name and its other name', () => {
    expect(splitMainName('Chennai (Madras)', 'India')).toEqual({
      name: 'Chennai',
      other: ['Madras'],
    });
    expect(splitMainName('Mumbai (Bombay)', 'India')).toEqual({
      name: 'Mumbai',
      other: ['Bombay'],
    });
    expect(splitMainName('Calcutta', 'India')).toEqual({ name: 'Calcutta', other: [] });
    expect(splitMainName('Keppel - (East Singapore)', 'Singapore')).toEqual({
      name: 'Keppel',
      other: ['East Singapore'],
    });
    // A bracket that only repeats the country is no name.
    expect(splitMainName('Newport (Canada)', 'Canada')).toEqual({ name: 'Newport', other: [] });
  });

  it('splits alternate names on semicolons and drops repeats of the main name', () => {
    expect(alternateNames('Beliapatam; Valarpattam')).toEqual(['Beliapatam', 'Valarpattam']);
    expect(alternateNames(' ')).toEqual([]);
    expect(uniqueAliases('Kakinada Bay', ['Kakinada', 'Kakinada Bay', 'kakinada'])).toEqual([
      'Kakinada',
    ]);
  });

  it('reads harbour sizes, metres (0 = not given), yes/no and WPI numbers', () => {
    expect(harbourSize('Very Small')).toBe('very-small');
    expect(harbourSize('Large')).toBe('large');
    expect(harbourSize(' ')).toBeUndefined();
    expect(positiveMetres('16.5')).toBe(16.5);
    expect(positiveMetres('0.0')).toBeUndefined();
    expect(positiveMetres(' ')).toBeUndefined();
    expect(positiveMetres('n/a')).toBeUndefined();
    expect(yesNo('Yes')).toBe(true);
    expect(yesNo('No')).toBe(false);
    expect(yesNo('Unknown')).toBeUndefined();
    expect(wpiNumber('49454.5')).toBe(49454.5);
    expect(wpiId(49454.5)).toBe('wpi-49454-5');
    expect(wpiId(49450)).toBe('wpi-49450');
  });

  it('rejects impossible coordinates and swaps back a latitude out of range', () => {
    expect(checkCoordinates('13.1', '80.3')).toEqual({
      ok: true,
      lat: 13.1,
      lon: 80.3,
      swapped: false,
    });
    expect(checkCoordinates('80.3', '13.1')).toEqual({
      ok: true,
      lat: 80.3,
      lon: 13.1,
      swapped: false,
    });
    expect(checkCoordinates('122.5', '45.2')).toEqual({
      ok: true,
      lat: 45.2,
      lon: 122.5,
      swapped: true,
    });
    expect(checkCoordinates('0', '0').ok).toBe(false);
    expect(checkCoordinates(' ', '10').ok).toBe(false);
    expect(checkCoordinates('95', '200').ok).toBe(false);
    expect(checkCoordinates('north', '10').ok).toBe(false);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and drops a BOM', () => {
    const rows = parseCsv('\ufeffa,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });
});
